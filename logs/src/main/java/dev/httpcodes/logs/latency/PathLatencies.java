package dev.httpcodes.logs.latency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * A latency histogram per path for the first {@link #MAX_PATHS} distinct paths (of at most {@link #MAX_PATH_BYTES}
 * bytes, longer ones by their start); later paths are not tracked, which keeps memory bounded (about 1.6 MB). Paths are
 * looked up by their bytes in an open-addressing table, so a line allocates nothing. Exact, and the same on any number
 * of threads, when a log has at most {@code MAX_PATHS} distinct paths with latencies; beyond that the paths tracked
 * depend on which each worker met first.
 */
final class PathLatencies implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final int MAX_PATHS = 64;
    static final int MAX_PATH_BYTES = 256;
    private static final byte[] DASH = {'-'};

    private final int[] slots = new int[MAX_PATHS * 4];
    private final byte[][] names = new byte[MAX_PATHS][];
    private final int[] hashes = new int[MAX_PATHS];
    private final Histogram[] histograms = new Histogram[MAX_PATHS];
    private int size;

    void add(byte[] b, int start, int end, long micros) {
        Histogram h = find(b, start, end);
        if (h != null) {
            h.recordValue(micros);
        }
    }

    private Histogram find(byte[] b, int start, int end) {
        if (end <= start) {
            b = DASH;
            start = 0;
            end = 1;
        }
        int length = Math.min(end - start, MAX_PATH_BYTES);
        int hash = hash(b, start, length);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            int e = slots[slot] - 1;
            if (hashes[e] == hash && Arrays.equals(names[e], 0, names[e].length, b, start, start + length)) {
                return histograms[e];
            }
            slot = (slot + 1) & mask;
        }
        if (size == MAX_PATHS) {
            return null;
        }
        int e = size++;
        names[e] = Arrays.copyOfRange(b, start, start + length);
        hashes[e] = hash;
        histograms[e] = Latencies.histogram();
        slots[slot] = e + 1;
        return histograms[e];
    }

    private static int hash(byte[] b, int start, int length) {
        int h = 1;
        for (int i = start; i < start + length; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    void merge(PathLatencies o) {
        for (int e = 0; e < o.size; e++) {
            Histogram h = find(o.names[e], 0, o.names[e].length);
            if (h != null) {
                h.add(o.histograms[e]);
            }
        }
    }

    Map<String, Percentiles> top(int n) {
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < size; e++) {
            order.add(e);
        }
        order.sort((x, y) -> {
            int c = Long.compare(histograms[y].getTotalCount(), histograms[x].getTotalCount());
            return c != 0 ? c : name(x).compareTo(name(y));
        });
        Map<String, Percentiles> result = new LinkedHashMap<>();
        order.stream().limit(n).forEach(e -> result.put(name(e), Percentiles.of(histograms[e])));
        return result;
    }

    private String name(int e) {
        return new String(names[e], StandardCharsets.UTF_8);
    }
}

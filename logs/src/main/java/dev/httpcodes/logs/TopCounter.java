package dev.httpcodes.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most frequent values of a stream in bounded memory (Space-Saving, Metwally et al. 2005): at most
 * {@link #CAPACITY} values are tracked; when a new one arrives and the table is full, it replaces the least counted
 * and inherits its count as possible over-count. Values that really occur more than total / capacity times are
 * never lost, and their counts are exact when the stream has fewer distinct values than the capacity.
 */
final class TopCounter {
    static final int CAPACITY = 1000;

    private final Map<String, long[]> counts = new HashMap<>();

    void add(String value) {
        add(value, 1);
    }

    void add(String value, long n) {
        long[] c = counts.get(value);
        if (c != null) {
            c[0] += n;
            return;
        }
        if (counts.size() < CAPACITY) {
            counts.put(value, new long[] {n});
            return;
        }
        String smallest = null;
        long min = Long.MAX_VALUE;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (e.getValue()[0] < min) {
                min = e.getValue()[0];
                smallest = e.getKey();
            }
        }
        counts.remove(smallest);
        counts.put(value, new long[] {min + n});
    }

    void merge(TopCounter other) {
        other.counts.forEach((k, v) -> add(k, v[0]));
    }

    /** The n most frequent values, most frequent first (ties by value, for stable output). */
    List<Map.Entry<String, Long>> top(int n) {
        List<Map.Entry<String, Long>> all = new ArrayList<>();
        counts.forEach((k, v) -> all.add(Map.entry(k, v[0])));
        all.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return all.subList(0, Math.min(n, all.size()));
    }
}

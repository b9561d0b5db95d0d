package dev.httpcodes.spark;

import dev.httpcodes.logs.stats.LogStats;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * What some tasks have counted, mergeable in any order and grouping (the tree aggregate merges partials on the
 * executors, then on the driver): the logs module's {@link LogStats}, plus per piece how many lines and bytes it read
 * (to number the malformed samples' lines within their file, and to report each file), the format a task told, where
 * an input stopped early, and the inputs that could not be read at all.
 */
final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Null until a piece with lines is added. */
    LogStats stats;
    /** (file, range) → lines read, as {@code file << 32 | range}. */
    final TreeMap<Long, Long> lines = new TreeMap<>();
    /** (file, range) → bytes of log read. */
    final TreeMap<Long, Long> bytes = new TreeMap<>();
    /** File → the format its task told ("" for an input without a line), for files told on the executors. */
    final TreeMap<Integer, String> formats = new TreeMap<>();
    final ArrayList<Stop> stops = new ArrayList<>();
    /** File → why it could not be read (the user's message). */
    final TreeMap<Integer, String> failures = new TreeMap<>();
    /** For the benchmark's scaling model (--timings): pieces read, time reading them, the slowest, time merging. */
    long pieces;
    long readNanos;
    long slowestReadNanos;
    long mergeNanos;
    long merges;

    /** Where a piece stopped before its end, and why (as the logs module's {@code Incomplete}, per piece). */
    record Stop(int file, int range, long bytes, long lines, String reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static long key(int file, int range) {
        return (long) file << 32 | range;
    }

    /** Adds {@code o} into this one and returns this one. */
    Partial merge(Partial o) {
        if (o.stats != null) {
            if (stats == null) {
                stats = o.stats;
            } else {
                long start = System.nanoTime();
                stats.merge(o.stats);
                mergeNanos += System.nanoTime() - start;
                merges++;
            }
        }
        pieces += o.pieces;
        readNanos += o.readNanos;
        slowestReadNanos = Math.max(slowestReadNanos, o.slowestReadNanos);
        mergeNanos += o.mergeNanos;
        merges += o.merges;
        lines.putAll(o.lines);
        bytes.putAll(o.bytes);
        formats.putAll(o.formats);
        stops.addAll(o.stops);
        o.failures.forEach(failures::putIfAbsent);
        return this;
    }
}

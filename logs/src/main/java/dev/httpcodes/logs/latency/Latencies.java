package dev.httpcodes.logs.latency;

import dev.httpcodes.logs.formats.LogRecord;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Latency percentiles per status, per path, and of errors against successes, from the records that carry a latency.
 * Each is an HdrHistogram: fixed buckets of {@link #SIGNIFICANT_DIGITS} significant digits, so adding a value
 * allocates nothing, memory is bounded (about 25 KB each), and merging two adds bucket counts: one thread or many give
 * exactly the same percentiles.
 */
public final class Latencies implements java.io.Serializable {
    /** Serializable with the {@code LogStats} that hold it (HdrHistogram's histograms are). */
    private static final long serialVersionUID = 1L;
    /** Two significant digits: every percentile is within 1% of the true value ({@link #RELATIVE_ERROR}). */
    public static final int SIGNIFICANT_DIGITS = 2;
    public static final double RELATIVE_ERROR = 0.01;
    /** One hour in microseconds; longer latencies are counted as one hour (the maximum says so). */
    public static final long MAX_MICROS = 3_600_000_000L;

    private final Histogram[] byStatus = new Histogram[1000];
    private Histogram errors;
    private Histogram successes;
    private final PathLatencies paths = new PathLatencies();

    static Histogram histogram() {
        return new Histogram(1, MAX_MICROS, SIGNIFICANT_DIGITS);
    }

    public void add(LogRecord r) {
        long micros = r.latencyMicros;
        if (micros < 0 || r.status == LogRecord.NO_STATUS) {
            return;
        }
        long v = Math.max(1, Math.min(MAX_MICROS, micros));
        Histogram h = byStatus[r.status];
        if (h == null) {
            h = byStatus[r.status] = histogram();
        }
        h.recordValue(v);
        if (r.status >= 400) {
            if (errors == null) {
                errors = histogram();
            }
            errors.recordValue(v);
        } else {
            if (successes == null) {
                successes = histogram();
            }
            successes.recordValue(v);
        }
        paths.add(r.pathBytes, r.pathStart, r.pathEnd, v);
    }

    public void merge(Latencies o) {
        for (int i = 0; i < byStatus.length; i++) {
            if (o.byStatus[i] != null) {
                if (byStatus[i] == null) {
                    byStatus[i] = histogram();
                }
                byStatus[i].add(o.byStatus[i]);
            }
        }
        errors = plus(errors, o.errors);
        successes = plus(successes, o.successes);
        paths.merge(o.paths);
    }

    private static Histogram plus(Histogram mine, Histogram other) {
        if (other == null) {
            return mine;
        }
        Histogram h = mine == null ? histogram() : mine;
        h.add(other);
        return h;
    }

    /** Status ("502") → its percentiles, for the statuses with latencies. */
    public Map<String, Percentiles> byStatus() {
        Map<String, Percentiles> result = new TreeMap<>();
        for (int i = 0; i < byStatus.length; i++) {
            if (byStatus[i] != null) {
                result.put(String.format(java.util.Locale.ROOT, "%03d", i), Percentiles.of(byStatus[i]));
            }
        }
        return result;
    }

    /** Of the 4xx and 5xx responses, or null when none had a latency. */
    public Percentiles errors() {
        return errors == null ? null : Percentiles.of(errors);
    }

    /** Of the 1xx-3xx responses, or null when none had a latency. */
    public Percentiles successes() {
        return successes == null ? null : Percentiles.of(successes);
    }

    /** The n paths with the most latencies, most first (ties by path). */
    public Map<String, Percentiles> topPaths(int n) {
        return paths.top(n);
    }
}

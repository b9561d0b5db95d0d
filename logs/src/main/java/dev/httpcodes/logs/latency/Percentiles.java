package dev.httpcodes.logs.latency;

import org.HdrHistogram.Histogram;

/** What a latency histogram says, in microseconds: how many, the 50th, 90th and 99th percentiles and the maximum. */
public record Percentiles(long count, long p50, long p90, long p99, long max) {
    static Percentiles of(Histogram h) {
        return new Percentiles(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                h.getValueAtPercentile(99), h.getMaxValue());
    }
}

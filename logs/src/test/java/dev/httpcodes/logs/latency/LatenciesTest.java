package dev.httpcodes.logs.latency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.logs.formats.LogRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Percentiles are within the stated relative error of the exact ones (computed by sorting the same values), errors and
 * successes are told apart, and merging parts gives the very same percentiles as one table.
 */
class LatenciesTest {
    private static final byte[] PATHS = "/api/slow/fast".getBytes(StandardCharsets.UTF_8);

    private static LogRecord record(int status, long micros, boolean slowPath) {
        LogRecord r = new LogRecord();
        r.reset(PATHS);
        r.status = status;
        r.latencyMicros = micros;
        r.path(PATHS, slowPath ? 0 : 9, slowPath ? 9 : 14);
        return r;
    }

    /** The exact nearest-rank percentile of sorted values. */
    private static long exact(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    @Test
    void percentilesAreWithinTheStatedErrorAndMergeExactly() {
        Random random = new Random(7);
        List<LogRecord> records = new ArrayList<>();
        List<Long> errors = new ArrayList<>();
        List<Long> successes = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            boolean error = random.nextInt(5) == 0;
            // Log-normal, as latencies are: most fast, a long slow tail.
            long micros = Math.max(1, (long) Math.exp(8 + random.nextGaussian() * (error ? 2 : 1)));
            records.add(record(error ? 502 : 200, micros, error));
            (error ? errors : successes).add(Math.min(micros, Latencies.MAX_MICROS));
        }
        Latencies one = new Latencies();
        records.forEach(one::add);
        check(one.errors(), errors);
        check(one.successes(), successes);
        check(one.byStatus().get("502"), errors);
        check(one.topPaths(5).get("/api/slow"), errors);
        assertThat(one.topPaths(5).keySet()).containsExactly("/fast", "/api/slow");
        for (int parts = 2; parts <= 5; parts++) {
            Latencies[] split = new Latencies[parts];
            Arrays.setAll(split, k -> new Latencies());
            for (int i = 0; i < records.size(); i++) {
                split[(i / 13) % parts].add(records.get(i));
            }
            Latencies merged = new Latencies();
            for (Latencies l : split) {
                merged.merge(l);
            }
            assertThat(merged.byStatus()).as("%d parts", parts).isEqualTo(one.byStatus());
            assertThat(merged.errors()).isEqualTo(one.errors());
            assertThat(merged.successes()).isEqualTo(one.successes());
            assertThat(merged.topPaths(5)).isEqualTo(one.topPaths(5));
        }
    }

    private static void check(Percentiles p, List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        assertThat(p.count()).isEqualTo(sorted.length);
        for (double[] q : new double[][] {{50, p.p50()}, {90, p.p90()}, {99, p.p99()}, {100, p.max()}}) {
            long want = exact(sorted, q[0]);
            assertThat(Math.abs(q[1] - want)).as("p%s: %s vs exact %s", q[0], q[1], want)
                    .isLessThanOrEqualTo(want * Latencies.RELATIVE_ERROR + 1);
        }
    }

    @Test
    void recordsWithoutLatencyOrStatusAreLeftOut() {
        Latencies l = new Latencies();
        l.add(record(200, LogRecord.NO_LATENCY, false));
        l.add(record(LogRecord.NO_STATUS, 500, false));
        assertThat(l.byStatus()).isEmpty();
        assertThat(l.errors()).isNull();
        assertThat(l.successes()).isNull();
        l.add(record(404, 2_000, false));
        assertThat(l.byStatus()).containsOnlyKeys("404");
        assertThat(l.errors().count()).isEqualTo(1);
        assertThat(l.successes()).isNull();
    }
}

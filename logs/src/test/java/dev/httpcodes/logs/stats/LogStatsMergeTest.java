package dev.httpcodes.logs.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.logs.formats.LogRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Counting records into one {@link LogStats} and counting them split among several that are then merged (as the
 * worker threads do) give the same counts in every field the producer evidence adds: no-status records, who produced
 * each status, and the upstream's own statuses; and both equal a plain count kept beside the records.
 */
class LogStatsMergeTest {
    private static final int[] CODES = {0, 200, 200, 200, 301, 404, 460, 499, 502, 502, 503, 504};
    private static final byte[] LINE = "/a /b 10.0.0.1".getBytes(StandardCharsets.UTF_8);

    private record Plain(long noStatus, Map<String, List<Long>> producedBy, Map<String, Map<String, Long>> upstream,
            Map<String, Long> statuses) {
    }

    @Test
    void oneTableAndMergedPartsCountTheSame() {
        Random random = new Random(13);
        List<LogRecord> records = new ArrayList<>();
        long noStatus = 0;
        Map<String, List<Long>> produced = new TreeMap<>();
        Map<String, Map<String, Long>> upstream = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            LogRecord r = new LogRecord();
            r.reset(LINE);
            r.status = CODES[random.nextInt(CODES.length)];
            r.epochSecond = 1_790_000_000L + random.nextInt(7200);
            r.path(LINE, random.nextBoolean() ? 0 : 3, random.nextBoolean() ? 2 : 5);
            r.producer = (byte) random.nextInt(3);
            if (r.producer == LogRecord.PRODUCER_UPSTREAM && random.nextInt(4) == 0) {
                r.upstreamStatus = random.nextBoolean() ? r.status : 200;
            }
            records.add(r);
            if (r.status == LogRecord.NO_STATUS) {
                noStatus++;
                continue;
            }
            String code = Integer.toString(r.status);
            statuses.merge(code, 1L, Long::sum);
            if (r.producer != LogRecord.PRODUCER_UNKNOWN) {
                List<Long> c = produced.computeIfAbsent(code, k -> new ArrayList<>(List.of(0L, 0L)));
                int at = r.producer == LogRecord.PRODUCER_PROXY ? 0 : 1;
                c.set(at, c.get(at) + 1);
            }
            if (r.upstreamStatus >= 0 && r.upstreamStatus != r.status) {
                upstream.computeIfAbsent(code, k -> new TreeMap<>()).merge(Integer.toString(r.upstreamStatus), 1L,
                        Long::sum);
            }
        }
        Plain expected = new Plain(noStatus, produced, upstream, statuses);
        LogStats one = new LogStats();
        records.forEach(one::add);
        assertThat(plain(one)).isEqualTo(expected);
        for (int parts = 2; parts <= 7; parts++) {
            List<LogStats> split = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                split.add(new LogStats());
            }
            for (int i = 0; i < records.size(); i++) {
                // Uneven, interleaved parts, as blocks handed to workers are.
                split.get((i / 97 + i % 3) % parts).add(records.get(i));
            }
            LogStats merged = new LogStats();
            split.forEach(merged::merge);
            assertThat(plain(merged)).as("%d parts", parts).isEqualTo(expected);
            assertThat(merged.lines).isEqualTo(one.lines);
            assertThat(merged.minutes.keySet()).isEqualTo(one.minutes.keySet());
            one.minutes.forEach((m, c) -> assertThat(merged.minutes.get(m)).as("minute %d", m).containsExactly(c));
        }
    }

    private static Plain plain(LogStats s) {
        Map<String, List<Long>> produced = new TreeMap<>();
        s.producedBy().forEach((code, c) -> produced.put(code, List.of(c[0], c[1])));
        return new Plain(s.noStatus, produced, s.upstreamStatuses(), s.statusCounts());
    }
}

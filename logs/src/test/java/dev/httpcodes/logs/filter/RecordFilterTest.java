package dev.httpcodes.logs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.logs.formats.LogRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordFilterTest {
    private static final long NOW = Instant.parse("2026-11-27T12:00:00Z").getEpochSecond();
    private static final byte[] LINE = "/api/x Example.COM:8443 /static".getBytes(StandardCharsets.UTF_8);

    private static LogRecord record(int status, int substatus, long time, byte producer) {
        LogRecord r = new LogRecord();
        r.reset(LINE);
        r.status = status;
        r.substatus = substatus;
        r.epochSecond = time;
        r.producer = producer;
        r.path(LINE, 0, 6);
        r.host(LINE, 7, 23);
        return r;
    }

    private static RecordFilter status(String s) {
        return RecordFilter.of(Optional.of(s), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), NOW);
    }

    private static RecordFilter time(String since, String until) {
        return RecordFilter.of(Optional.empty(), Optional.ofNullable(since), Optional.ofNullable(until),
                Optional.empty(), Optional.empty(), Optional.empty(), NOW);
    }

    @Test
    void statusClassesCodesAndSubStatuses() {
        RecordFilter f = status("5xx,403.14,499");
        assertThat(f.accepts(record(502, -1, NOW, (byte) 0))).isTrue();
        assertThat(f.accepts(record(599, -1, NOW, (byte) 0))).isTrue();
        assertThat(f.accepts(record(499, -1, NOW, (byte) 0))).isTrue();
        assertThat(f.accepts(record(403, 14, NOW, (byte) 0))).isTrue();
        assertThat(f.accepts(record(403, 13, NOW, (byte) 0))).isFalse();
        assertThat(f.accepts(record(403, -1, NOW, (byte) 0))).isFalse();
        assertThat(f.accepts(record(404, -1, NOW, (byte) 0))).isFalse();
        assertThat(f.accepts(record(LogRecord.NO_STATUS, -1, NOW, (byte) 0))).isFalse();
        assertThat(status("403").accepts(record(403, 13, NOW, (byte) 0))).as("a plain code takes its sub-statuses")
                .isTrue();
        assertThat(f.selectsStatuses()).isTrue();
    }

    @Test
    void sinceAndUntilAsDurationsAndIsoTimes() {
        RecordFilter lastTwoHours = time("2h", null);
        assertThat(lastTwoHours.accepts(record(200, -1, NOW - 7200, (byte) 0))).isTrue();
        assertThat(lastTwoHours.accepts(record(200, -1, NOW - 7201, (byte) 0))).isFalse();
        assertThat(lastTwoHours.accepts(record(200, -1, LogRecord.NO_TIME, (byte) 0))).as("no time: left out")
                .isFalse();
        RecordFilter window = time("2026-11-26T10:00:00+01:00", "2026-11-27");
        long nineZ = Instant.parse("2026-11-26T09:00:00Z").getEpochSecond();
        assertThat(window.accepts(record(200, -1, nineZ, (byte) 0))).as("10:00+01:00 is 09:00Z").isTrue();
        assertThat(window.accepts(record(200, -1, nineZ - 1, (byte) 0))).isFalse();
        assertThat(window.accepts(record(200, -1, NOW - 12 * 3600, (byte) 0))).as("a date is its midnight UTC")
                .isFalse();
        RecordFilter morning = time("2026-11-27T06:00:00", "2026-11-27T07:00:00Z");
        long six = Instant.parse("2026-11-27T06:00:00Z").getEpochSecond();
        assertThat(morning.accepts(record(200, -1, six, (byte) 0))).isTrue();
        assertThat(morning.accepts(record(200, -1, six + 3599, (byte) 0))).isTrue();
        assertThat(morning.accepts(record(200, -1, six + 3600, (byte) 0))).as("until is exclusive").isFalse();
        assertThat(time("30m", null).accepts(record(200, -1, NOW - 1801, (byte) 0))).isFalse();
        assertThat(time("7d", null).accepts(record(200, -1, NOW - 6 * 86400, (byte) 0))).isTrue();
    }

    @Test
    void pathHostAndProducer() {
        RecordFilter f = RecordFilter.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("/api/"),
                Optional.of("example.com"), Optional.of("proxy"), NOW);
        assertThat(f.accepts(record(502, -1, NOW, LogRecord.PRODUCER_PROXY))).isTrue();
        assertThat(f.accepts(record(502, -1, NOW, LogRecord.PRODUCER_UPSTREAM))).isFalse();
        assertThat(f.accepts(record(502, -1, NOW, LogRecord.PRODUCER_UNKNOWN))).isFalse();
        LogRecord other = record(502, -1, NOW, LogRecord.PRODUCER_PROXY);
        other.path(LINE, 24, 31);
        assertThat(f.accepts(other)).isFalse();
        LogRecord otherHost = record(502, -1, NOW, LogRecord.PRODUCER_PROXY);
        otherHost.host(LINE, 7, 14);
        assertThat(f.accepts(otherHost)).as("Example is not example.com").isFalse();
        assertThat(f.describe()).isEqualTo("--path /api/ --host example.com --producer proxy");
    }

    @Test
    void badValuesSayWhatIsWrong() {
        assertThatThrownBy(() -> status("5xx,abc")).hasMessageContaining("\"abc\" is not a status class");
        assertThatThrownBy(() -> status("")).hasMessageContaining("is not a status class");
        assertThatThrownBy(() -> status("1000")).hasMessageContaining("\"1000\"");
        assertThatThrownBy(() -> status(",".repeat(300))).hasMessageContaining("at most 256 items");
        assertThatThrownBy(() -> time("yesterday", null)).hasMessageContaining("--since: \"yesterday\" is neither");
        assertThatThrownBy(() -> time(null, "2026-13-01")).hasMessageContaining("--until: \"2026-13-01\"");
        assertThatThrownBy(() -> time("9999999999d", null)).hasMessageContaining("at most 100 years");
        assertThatThrownBy(() -> time("1h", "2h")).hasMessageContaining("is not before --until");
        assertThatThrownBy(() -> RecordFilter.of(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("cdn"), NOW))
                .hasMessage("--producer must be proxy or upstream, not \"cdn\"");
        assertThatThrownBy(() -> RecordFilter.of(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(""), Optional.empty(), Optional.empty(), NOW)).hasMessageContaining("--path needs");
    }
}

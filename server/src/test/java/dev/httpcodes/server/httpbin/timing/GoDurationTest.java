package dev.httpcodes.server.httpbin.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0", "0s, 0", "0h, 0", "500ms, 500000000", "1.5s, 1500000000", "1m30s, 90000000000",
        "2h45m, 9900000000000", "1us, 1000", "1\u00b5s, 1000", "1\u03bcs, 1000", "7ns, 7", ".5s, 500000000",
        "5.s, 5000000000", "+2s, 2000000000", "-1s, -1000000000", "1h1m1s1ms1us1ns, 3661001001001",
        // plain numbers are seconds, kept to whole milliseconds
        "2, 2000000000", "0.25, 250000000", "1.0005, 1000000000", "1e1, 10000000000", "-0.5, -500000000"})
    void readsGoDurationsAndPlainSeconds(String text, long nanos) {
        assertThat(GoDuration.parse(text)).contains(Duration.ofNanos(nanos));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "1x", "1 s", " 1s", "1s ", "1S", "1.2.3s", ".s", "1sec", "ms", "--1s",
        "+", "1_000ms", "0x10", "NaN", "Inf", "infinity", "1e", "3000000h", "9223372036854775808ns",
        "99999999999999999999", "1,5s", "1d"})
    void refusesAnythingElse(String text) {
        assertThat(GoDuration.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesNullAndOverlongInput() {
        assertThat(GoDuration.parse(null)).isEmpty();
        assertThat(GoDuration.parse("1".repeat(GoDuration.MAX_INPUT) + "s")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 0s", "1, 1ns", "1500, 1.5\u00b5s", "100000000, 100ms", "1000000000, 1s", "1500000000, 1.5s",
        "90000000000, 1m30s", "3600000000000, 1h0m0s", "-2000000000, -2s", "3661000000001, 1h1m1.000000001s"})
    void formatsAsGoPrints(long nanos, String text) {
        assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(text);
    }

    @Property
    void formatThenParseGivesTheSameDuration(@ForAll @LongRange(min = Long.MIN_VALUE + 1) long nanos) {
        assertThat(GoDuration.parse(GoDuration.format(Duration.ofNanos(nanos)))).contains(Duration.ofNanos(nanos));
    }

    @Property
    void unitsAddUp(@ForAll @IntRange(max = 1000) int h, @ForAll @IntRange(max = 1000) int m,
            @ForAll @IntRange(max = 1000) int s, @ForAll @IntRange(max = 1000) int ms) {
        assertThat(GoDuration.parse(h + "h" + m + "m" + s + "s" + ms + "ms"))
                .contains(Duration.ofHours(h).plusMinutes(m).plusSeconds(s).plusMillis(ms));
    }

    @Property
    void wholeNumbersAreSeconds(@ForAll @IntRange(max = 1_000_000) int seconds) {
        assertThat(GoDuration.parse(Integer.toString(seconds))).contains(Duration.ofSeconds(seconds));
    }
}

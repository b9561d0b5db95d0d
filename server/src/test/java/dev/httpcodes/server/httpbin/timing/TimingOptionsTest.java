package dev.httpcodes.server.httpbin.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimingOptionsTest {
    @Test
    void defaultsAreGoHttpbins() {
        TimingOptions d = TimingOptions.defaults();
        assertThat(d.maxDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.drip()).isEqualTo(new TimingOptions.DripDefaults(Duration.ofSeconds(2), Duration.ofSeconds(2), 10));
        assertThat(d.sse()).isEqualTo(new TimingOptions.SseDefaults(10, Duration.ofSeconds(5), Duration.ZERO));
    }

    @Test
    void dripAndSseDefaultsReadKeyValueLists() {
        assertThat(TimingOptions.DripDefaults.parse("duration=100ms,delay=0,numbytes=10"))
                .isEqualTo(new TimingOptions.DripDefaults(Duration.ofMillis(100), Duration.ZERO, 10));
        assertThat(TimingOptions.DripDefaults.parse("numbytes=3"))
                .isEqualTo(new TimingOptions.DripDefaults(Duration.ofSeconds(2), Duration.ofSeconds(2), 3));
        assertThat(TimingOptions.SseDefaults.parse(" count=4 , delay=1.5 "))
                .isEqualTo(new TimingOptions.SseDefaults(4, Duration.ofSeconds(5), Duration.ofMillis(1500)));
        assertThat(TimingOptions.SseDefaults.parse("")).isEqualTo(TimingOptions.SseDefaults.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"duration", "speed=1", "duration=1s,duration=2s", "numbytes=x", "numbytes=0",
        "delay=soon", "delay=-1s", "numbytes=99999999999999999999"})
    void badDripDefaultsAreRefusedWithTheOptionsName(String text) {
        assertThatThrownBy(() -> TimingOptions.DripDefaults.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--drip-defaults");
    }

    @ParameterizedTest
    @ValueSource(strings = {"count=0", "count=3000000000", "numbytes=1", "duration=x"})
    void badSseDefaultsAreRefusedWithTheOptionsName(String text) {
        assertThatThrownBy(() -> TimingOptions.SseDefaults.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--sse-defaults");
    }

    @Test
    void theMaximumDurationIsBounded() {
        assertThatThrownBy(() -> TimingOptions.defaults().withMaxDuration(Duration.ofHours(2)))
                .hasMessageContaining("--max-duration");
        assertThatThrownBy(() -> TimingOptions.defaults().withMaxDuration(Duration.ofSeconds(-1)))
                .hasMessageContaining("--max-duration");
    }
}

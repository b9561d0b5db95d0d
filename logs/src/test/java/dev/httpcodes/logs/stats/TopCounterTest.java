package dev.httpcodes.logs.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopCounterTest {
    @Test
    void exactForSmallStreamsAndBoundedForLargeOnes() {
        TopCounter c = new TopCounter();
        for (int i = 0; i < 100; i++) {
            c.add("a");
        }
        c.add("b");
        c.add("b");
        assertThat(c.top(2)).containsExactly(Map.entry("a", 100L), Map.entry("b", 2L));
        TopCounter big = new TopCounter();
        for (int i = 0; i < 100_000; i++) {
            big.add("v" + i);
            if (i % 10 == 0) {
                big.add("frequent");
            }
        }
        assertThat(big.top(1).get(0).getKey()).isEqualTo("frequent");
        assertThat(big.top(Integer.MAX_VALUE).size()).isLessThan(2 * TopCounter.CAPACITY);
        assertThat(big.distinct()).isGreaterThanOrEqualTo(TopCounter.CAPACITY);
    }

    @Test
    void mergeAddsCountsAndLongValuesAreCutNotBuffered() {
        TopCounter a = new TopCounter();
        TopCounter b = new TopCounter();
        a.add("x");
        b.add("x");
        b.add("y");
        a.merge(b);
        assertThat(a.top(5)).containsExactly(Map.entry("x", 2L), Map.entry("y", 1L));
        TopCounter longOnes = new TopCounter();
        longOnes.add("z".repeat(10_000));
        assertThat(longOnes.top(1).get(0).getKey()).hasSize(TopCounter.MAX_VALUE_BYTES);
    }
}

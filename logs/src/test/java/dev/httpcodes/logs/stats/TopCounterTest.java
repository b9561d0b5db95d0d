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
        // A value seen from the start is never pruned: its count is exact.
        assertThat(big.top(1)).containsExactly(Map.entry("frequent", 10_000L));
        // Bounded: between CAPACITY and 2 × CAPACITY values are kept, each rare one with its one sighting.
        assertThat(big.top(Integer.MAX_VALUE)).hasSizeBetween(TopCounter.CAPACITY, 2 * TopCounter.CAPACITY - 1)
                .allSatisfy(e -> assertThat(e.getValue()).isEqualTo(e.getKey().equals("frequent") ? 10_000L : 1L));
        // Every value was new when first seen and none came back after a prune: the distinct count is exact.
        assertThat(big.distinct()).isEqualTo(100_001);
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

package dev.httpcodes.server.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule of a drip, computed rather than timed: the duration holds whatever the size. */
class DripPlanTest {
    private static final long MS = 1_000_000;

    @Test
    void twentyThousandBytesOverTwoSecondsAreTwoHundredSlicesOfAHundredBytesTenMillisecondsApart() {
        DripPlan plan = new DripPlan(20_000, 2000);
        assertThat(plan.slices()).isEqualTo(200);
        for (int n = 1; n <= 200; n++) {
            assertThat(plan.dueNanos(n) - plan.dueNanos(n - 1)).as("spacing before slice %d", n).isEqualTo(10 * MS);
            assertThat(plan.bytesBy(n) - plan.bytesBy(n - 1)).as("bytes of slice %d", n).isEqualTo(100);
        }
        assertThat(plan.dueNanos(200)).as("the last slice is due at the end").isEqualTo(2000 * MS);
    }

    @Test
    void fewerBytesThanTicksAreOneByteASliceSpreadOverTheDuration() {
        DripPlan plan = new DripPlan(5, 1000);
        assertThat(plan.slices()).isEqualTo(5);
        assertThat(IntStream.rangeClosed(1, 5).mapToLong(plan::dueNanos))
                .containsExactly(200 * MS, 400 * MS, 600 * MS, 800 * MS, 1000 * MS);
        assertThat(IntStream.rangeClosed(1, 5).map(plan::bytesBy)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void noDurationIsOneSliceDueAtOnceWithTheWholeBody() {
        DripPlan plan = new DripPlan(1_048_576, 0);
        assertThat(plan.slices()).isEqualTo(1);
        assertThat(plan.dueNanos(1)).isZero();
        assertThat(plan.bytesBy(1)).isEqualTo(1_048_576);
    }

    @ParameterizedTest
    @CsvSource({"1048576,10000", "1048576,7", "999,3001", "1,300000", "16777216,300000", "3,0"})
    void slicesAreEvenNeverCloserThanATickAndAddUpToTheBodyAtTheDuration(int total, long millis) {
        DripPlan plan = new DripPlan(total, millis);
        int slices = plan.slices();
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (int n = 1; n <= slices; n++) {
            int share = plan.bytesBy(n) - plan.bytesBy(n - 1);
            smallest = Math.min(smallest, share);
            largest = Math.max(largest, share);
            if (slices > 1) {
                assertThat(plan.dueNanos(n) - plan.dueNanos(n - 1)).isGreaterThanOrEqualTo(DripPlan.TICK_MILLIS * MS);
            }
        }
        assertThat(largest - smallest).as("shares differ by a byte at most").isLessThanOrEqualTo(1);
        assertThat(smallest).as("every slice carries a byte").isPositive();
        assertThat(plan.bytesBy(slices)).isEqualTo(total);
        assertThat(plan.dueNanos(slices)).isEqualTo(millis * MS);
    }

    @Test
    void negativeSizesOrDurationsAreRefused() {
        assertThatThrownBy(() -> new DripPlan(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DripPlan(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

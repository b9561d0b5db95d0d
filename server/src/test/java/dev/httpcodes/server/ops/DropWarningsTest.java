package dev.httpcodes.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rate limit of drop warnings, on a clock the test moves by hand. */
class DropWarningsTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final DropWarnings warnings = new DropWarnings("access.log",
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    private static final long SECOND = DropWarnings.INTERVAL_NANOS;

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstDropIsWarnedAboutAtOnceThenAtMostOnceASecondWithTheCountSinceTheLastWarning() {
        long t0 = 5 * SECOND;
        assertThat(warnings.waitNanos(t0)).isZero();
        assertThat(warnings.warn(7, t0)).isTrue();
        assertThat(warnings.warn(9, t0 + SECOND / 2)).as("half a second later").isFalse();
        assertThat(warnings.waitNanos(t0 + SECOND / 2)).isEqualTo(SECOND / 2);
        assertThat(warnings.unreported(9)).isEqualTo(2);
        assertThat(warnings.warn(12, t0 + SECOND)).as("a second later").isTrue();
        assertThat(warnings.unreported(12)).isZero();
        assertThat(printed()).isEqualTo("""
                httpcodes: access log access.log cannot keep up: 7 lines dropped (7 in all)
                httpcodes: access log access.log cannot keep up: 5 lines dropped (12 in all)
                """);
    }

    @Test
    void nothingNewDroppedIsNoWarningHoweverLongItHasBeen() {
        assertThat(warnings.warn(0, 0)).isFalse();
        assertThat(warnings.warn(3, SECOND)).isTrue();
        assertThat(warnings.warn(3, 100 * SECOND)).isFalse();
        assertThat(printed()).hasLineCount(1);
    }

    @Test
    void theTotalAtStopIsPrintedOnlyWhenLinesWereDropped() {
        warnings.total(0);
        assertThat(printed()).isEmpty();
        warnings.total(42);
        assertThat(printed()).isEqualTo("httpcodes: access log access.log: 42 lines dropped in all\n");
    }
}

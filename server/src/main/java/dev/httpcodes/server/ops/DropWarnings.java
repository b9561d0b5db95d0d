package dev.httpcodes.server.ops;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * What the operator is told about access-log lines dropped: a warning as soon as lines are dropped, then at most
 * one every {@link #INTERVAL_NANOS} with the lines dropped since the last one and the total, and the total at stop.
 * The clock is passed in so that the rate limit can be checked without waiting.
 */
final class DropWarnings {
    /** The least time between two warnings, so a stalled sink cannot flood stderr in turn. */
    static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final String target;
    private final PrintStream out;
    private long reported;
    private long lastWarning;
    private boolean warnedOnce;

    DropWarnings(String target, PrintStream out) {
        this.target = target;
        this.out = out;
    }

    /** Lines dropped that no warning has mentioned yet. */
    synchronized long unreported(long dropped) {
        return dropped - reported;
    }

    /** How long until a warning may be printed at {@code now}: 0 when one may be printed now. */
    synchronized long waitNanos(long now) {
        return warnedOnce ? Math.max(0, lastWarning + INTERVAL_NANOS - now) : 0;
    }

    /**
     * Prints a warning if lines were dropped since the last one and the last one is old enough.
     *
     * @return whether it printed one
     */
    synchronized boolean warn(long dropped, long now) {
        if (dropped <= reported || waitNanos(now) > 0) {
            return false;
        }
        out.println("httpcodes: access log " + target + " cannot keep up: " + (dropped - reported)
                + " lines dropped (" + dropped + " in all)");
        out.flush();
        reported = dropped;
        lastWarning = now;
        warnedOnce = true;
        return true;
    }

    /** The total at stop, when any line was dropped. */
    synchronized void total(long dropped) {
        if (dropped > 0) {
            out.println("httpcodes: access log " + target + ": " + dropped + " lines dropped in all");
            out.flush();
        }
    }
}

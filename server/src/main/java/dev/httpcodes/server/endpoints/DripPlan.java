package dev.httpcodes.server.endpoints;

/**
 * When each slice of a dripped body is due and how many bytes it carries: {@code total} bytes spread evenly over
 * {@code durationMillis}, one slice every {@link #TICK_MILLIS} ms (or one byte a slice when there are fewer bytes
 * than ticks), the last slice due at the end of the duration. Slices are numbered from 1.
 *
 * @param total          bytes of the body
 * @param durationMillis time from the first byte's due time (0) to the last slice's
 */
public record DripPlan(int total, long durationMillis) {
    /** The shortest time between two slices. */
    public static final long TICK_MILLIS = 10;

    public DripPlan {
        if (total < 0 || durationMillis < 0) {
            throw new IllegalArgumentException("a drip needs a size and a duration of at least 0");
        }
    }

    /** How many slices the body is sent in. */
    public int slices() {
        return (int) Math.max(1, Math.min(total, durationMillis / TICK_MILLIS));
    }

    /**
     * When slice {@code n} is due, in nanoseconds from the start: measured from the start rather than from the
     * slice before, so that a timer firing late does not make the drip longer.
     */
    public long dueNanos(int n) {
        return durationMillis * 1_000_000 * n / slices();
    }

    /** Bytes sent once slice {@code n} is out (the share of each slice differs by one byte at most). */
    public int bytesBy(int n) {
        return (int) ((long) total * n / slices());
    }
}

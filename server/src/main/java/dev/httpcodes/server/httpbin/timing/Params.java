package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.api.ApiHandlers;
import java.time.Duration;

/** The query and path parameters of the timed endpoints, refused with a detail that names the parameter. */
final class Params {
    /** A parameter that cannot be used, with the detail go-httpbin's error body carries. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message);
        }
    }

    private Params() {
    }

    /** A Go duration or number of seconds from {@code min} to {@code max}. */
    static Duration duration(String name, String text, Duration min, Duration max) throws Bad {
        Duration d = GoDuration.parse(text).orElseThrow(() -> new Bad("invalid " + name + ": \""
                + ApiHandlers.truncate(text) + "\" is neither a duration such as 500ms or 1.5s nor a number of seconds"));
        if (d.compareTo(max) > 0) {
            throw new Bad("invalid " + name + ": " + GoDuration.format(d) + " is longer than the maximum, "
                    + GoDuration.format(max));
        }
        if (d.compareTo(min) < 0) {
            throw new Bad("invalid " + name + ": " + GoDuration.format(d) + " is shorter than the minimum, "
                    + GoDuration.format(min));
        }
        return d;
    }

    /** A whole number from {@code min} to {@code max}. */
    static long integer(String name, String text, long min, long max) throws Bad {
        Long n = GoNumbers.integer(text);
        if (n == null) {
            throw new Bad("invalid " + name + ": \"" + ApiHandlers.truncate(text) + "\" is not a whole number");
        }
        if (n < min || n > max) {
            throw new Bad("invalid " + name + ": " + n + " not in range [" + min + ", " + max + "]");
        }
        return n;
    }

    /** The sum of a wait and a stream's duration, which together must stay under the cap. */
    static void total(Duration delay, Duration duration, Duration max) throws Bad {
        if (delay.plus(duration).compareTo(max) > 0) {
            throw new Bad("delay plus duration is " + GoDuration.format(delay.plus(duration))
                    + ", more than the maximum of " + GoDuration.format(max));
        }
    }
}

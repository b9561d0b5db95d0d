package dev.httpcodes.server.httpbin.timing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The serve options of go-httpbin's timed endpoints: the longest time one response may take, and the parameters
 * {@code /drip} and {@code /sse} use when a request leaves them out.
 *
 * @param maxDuration the cap on {@code /delay}, and on delay plus duration of {@code /drip} and {@code /sse}
 * @param drip        {@code /drip}'s defaults
 * @param sse         {@code /sse}'s defaults
 */
public record TimingOptions(Duration maxDuration, DripDefaults drip, SseDefaults sse) {
    /** go-httpbin's default cap. */
    public static final Duration DEFAULT_MAX_DURATION = Duration.ofSeconds(10);
    /** An operator may raise the cap, but not so far that one request holds a slot for days. */
    public static final Duration MAX_MAX_DURATION = Duration.ofHours(1);

    public TimingOptions {
        if (maxDuration.isNegative() || maxDuration.compareTo(MAX_MAX_DURATION) > 0) {
            throw new IllegalArgumentException("--max-duration must be 0s to " + GoDuration.format(MAX_MAX_DURATION)
                    + ", not " + GoDuration.format(maxDuration));
        }
    }

    /** go-httpbin's defaults (which follow the original httpbin's). */
    public static TimingOptions defaults() {
        return new TimingOptions(DEFAULT_MAX_DURATION, DripDefaults.DEFAULT, SseDefaults.DEFAULT);
    }

    public TimingOptions withMaxDuration(Duration d) {
        return new TimingOptions(d, drip, sse);
    }

    public TimingOptions withDrip(DripDefaults d) {
        return new TimingOptions(maxDuration, d, sse);
    }

    public TimingOptions withSse(SseDefaults s) {
        return new TimingOptions(maxDuration, drip, s);
    }

    /** {@code /drip} without parameters: wait {@code delay}, then send {@code numBytes} over {@code duration}. */
    public record DripDefaults(Duration duration, Duration delay, long numBytes) {
        public static final DripDefaults DEFAULT = new DripDefaults(Duration.ofSeconds(2), Duration.ofSeconds(2), 10);

        public DripDefaults {
            if (duration.isNegative() || delay.isNegative() || numBytes < 1) {
                throw new IllegalArgumentException("--drip-defaults needs durations of 0 or more and numbytes of 1 "
                        + "or more");
            }
        }

        /** {@code duration=…,delay=…,numbytes=…}, each part optional; the others keep go-httpbin's defaults. */
        public static DripDefaults parse(String text) {
            Map<String, String> parts = keyValues("--drip-defaults", text, Set.of("duration", "delay", "numbytes"));
            return new DripDefaults(
                    parsedDuration("--drip-defaults", parts, "duration", DEFAULT.duration),
                    parsedDuration("--drip-defaults", parts, "delay", DEFAULT.delay),
                    parsedNumber("--drip-defaults", parts, "numbytes", DEFAULT.numBytes));
        }
    }

    /** {@code /sse} without parameters: wait {@code delay}, then send {@code count} events over {@code duration}. */
    public record SseDefaults(int count, Duration duration, Duration delay) {
        public static final SseDefaults DEFAULT = new SseDefaults(10, Duration.ofSeconds(5), Duration.ZERO);

        public SseDefaults {
            if (count < 1 || duration.isNegative() || delay.isNegative()) {
                throw new IllegalArgumentException("--sse-defaults needs a count of 1 or more and durations of 0 or "
                        + "more");
            }
        }

        /** {@code count=…,duration=…,delay=…}, each part optional. */
        public static SseDefaults parse(String text) {
            Map<String, String> parts = keyValues("--sse-defaults", text, Set.of("count", "duration", "delay"));
            long count = parsedNumber("--sse-defaults", parts, "count", DEFAULT.count);
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("--sse-defaults count is too large: " + count);
            }
            return new SseDefaults((int) count, parsedDuration("--sse-defaults", parts, "duration", DEFAULT.duration),
                    parsedDuration("--sse-defaults", parts, "delay", DEFAULT.delay));
        }
    }

    private static Map<String, String> keyValues(String option, String text, Set<String> keys) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (text.isBlank()) {
            return parts;
        }
        for (String part : text.split(",", -1)) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.strip() : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (eq < 0 || !keys.contains(key)) {
                throw new IllegalArgumentException(option + " takes " + String.join(", ", keys.stream().sorted()
                        .map(k -> k + "=…").toList()) + ", not \"" + part.strip() + "\"");
            }
            if (parts.put(key, part.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException(option + " names " + key + " twice");
            }
        }
        return parts;
    }

    private static Duration parsedDuration(String option, Map<String, String> parts, String key, Duration fallback) {
        String value = parts.get(key);
        if (value == null) {
            return fallback;
        }
        return GoDuration.parse(value).orElseThrow(() -> new IllegalArgumentException(option + " " + key
                + " must be a duration such as 100ms, 1.5s or 2, not \"" + value + "\""));
    }

    private static long parsedNumber(String option, Map<String, String> parts, String key, long fallback) {
        String value = parts.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " " + key + " must be a whole number, not \"" + value + "\"",
                    e);
        }
    }
}

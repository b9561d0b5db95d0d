package dev.httpcodes.server.httpbin.timing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Durations written the way go-httpbin reads them: Go's duration syntax ({@code 500ms}, {@code 1.5s}, {@code 1m30s},
 * {@code 0}), or else a plain decimal number of seconds ({@code 2}, {@code 0.25}). Values are whole nanoseconds and
 * must fit a signed 64-bit count, as Go's do; {@link #format} writes them back as Go prints them, so that error
 * details read the same as go-httpbin's.
 */
public final class GoDuration {
    /** Longer input is refused outright: no real duration needs it, and parsing stays cheap. */
    static final int MAX_INPUT = 64;
    private static final Pattern SECONDS = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal MIN_NANOS = BigDecimal.valueOf(Long.MIN_VALUE);

    private GoDuration() {
    }

    /** The duration, or empty when the text is neither a Go duration nor a number of seconds in range. */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_INPUT) {
            return Optional.empty();
        }
        Long nanos = goSyntax(text);
        if (nanos == null) {
            nanos = seconds(text);
        }
        return nanos == null ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** Go's syntax: an optional sign, then one or more number-and-unit pairs; a bare "0" needs no unit. */
    private static Long goSyntax(String s) {
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return 0L;
        }
        if (i == s.length()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            boolean whole = i > start;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fraction = i;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
                whole |= i > fraction;
            }
            if (!whole) {
                return null;
            }
            BigDecimal number = new BigDecimal(s.substring(start, i).endsWith(".")
                    ? s.substring(start, i - 1) : s.substring(start, i).startsWith(".")
                    ? "0" + s.substring(start, i) : s.substring(start, i));
            int unitStart = i;
            while (i < s.length() && !isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            long unit = unitNanos(s.substring(unitStart, i));
            if (unit == 0) {
                return null;
            }
            total = total.add(number.multiply(BigDecimal.valueOf(unit)));
            // Go refuses a sum past 2^63-1 ns, whatever the sign.
            if (total.compareTo(MAX_NANOS) > 0) {
                return null;
            }
        }
        long nanos = total.longValue();
        return negative ? -nanos : nanos;
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 0L;
        };
    }

    /** A plain decimal number of seconds, kept to whole milliseconds as go-httpbin keeps it. */
    private static Long seconds(String s) {
        if (!SECONDS.matcher(s).matches()) {
            return null;
        }
        BigDecimal millis;
        try {
            millis = new BigDecimal(s.startsWith("+") ? s.substring(1) : s).movePointRight(3);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
        BigDecimal nanos = new BigDecimal(millis.toBigInteger()).movePointRight(6);
        if (nanos.compareTo(MAX_NANOS) > 0 || nanos.compareTo(MIN_NANOS) < 0) {
            return null;
        }
        return nanos.longValueExact();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The duration as Go prints it: {@code 0s}, {@code 750ms}, {@code 1.5s}, {@code 1m30s}, {@code 2h0m0s}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        // Long.MIN_VALUE has no positive twin; BigDecimal keeps the arithmetic exact.
        BigDecimal abs = BigDecimal.valueOf(nanos).abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0) {
            long n = abs.longValue();
            if (n < 1_000) {
                return sign + n + "ns";
            }
            if (n < 1_000_000) {
                return sign + decimal(n, 3) + "\u00b5s";
            }
            return sign + decimal(n, 6) + "ms";
        }
        BigDecimal[] hoursRest = abs.divideAndRemainder(BigDecimal.valueOf(3_600_000_000_000L));
        long hours = hoursRest[0].longValue();
        long rest = hoursRest[1].longValue();
        long minutes = rest / 60_000_000_000L;
        String secs = decimal(rest % 60_000_000_000L, 9) + "s";
        if (hours > 0) {
            return sign + hours + "h" + minutes + "m" + secs;
        }
        return sign + (minutes > 0 ? minutes + "m" : "") + secs;
    }

    /** {@code value / 10^digits} with trailing zeros of the fraction dropped. */
    private static String decimal(long value, int digits) {
        return BigDecimal.valueOf(value).movePointLeft(digits).stripTrailingZeros().toPlainString();
    }
}

package dev.httpcodes.logs.formats;

/**
 * RFC 3339 timestamps as load balancers, edge services, Envoy and JSON logs write them
 * ({@code 2026-11-27T09:39:15Z}, {@code 2026-11-27T09:39:15.123456789+01:00}, RFC 3339's space for the {@code T}),
 * read from bytes without allocating. Offsets run to ±18:00, the range {@code java.time} accepts.
 */
public final class IsoTime {
    private IsoTime() {
    }

    /** Epoch seconds of {@code b[at, end)}, or {@link LogRecord#NO_TIME} when it is not such a timestamp. */
    public static long parse(byte[] b, int at, int end) {
        byte separator = end - at < 20 ? 0 : b[at + 10];
        if (end - at < 20 || b[at + 4] != '-' || b[at + 7] != '-' || separator != 'T' && separator != 't'
                && separator != ' ' || b[at + 13] != ':' || b[at + 16] != ':') {
            return LogRecord.NO_TIME;
        }
        int year = Times.num(b, at, 4);
        int month = Times.num(b, at + 5, 2);
        int day = Times.num(b, at + 8, 2);
        int hour = Times.num(b, at + 11, 2);
        int minute = Times.num(b, at + 14, 2);
        int second = Times.num(b, at + 17, 2);
        // A leap second (:60) is refused, as java.time refuses it: the JSON scanner and the full parser must agree.
        if ((year | month | day | hour | minute | second) < 0 || second > 59 || month >= 1 && month <= 12
                && day > lengthOfMonth(year, month)) {
            return LogRecord.NO_TIME;
        }
        int i = at + 19;
        if (i < end && b[i] == '.') {
            int digits = i + 1;
            while (digits < end && b[digits] >= '0' && b[digits] <= '9') {
                digits++;
            }
            if (digits == i + 1 || digits - i - 1 > 9) {
                return LogRecord.NO_TIME;
            }
            i = digits;
        }
        long offset;
        if (i + 1 == end && (b[i] == 'Z' || b[i] == 'z')) {
            offset = 0;
        } else if (i + 6 == end && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
            int hours = Times.num(b, i + 1, 2);
            int minutes = Times.num(b, i + 4, 2);
            if ((hours | minutes) < 0 || hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
                return LogRecord.NO_TIME;
            }
            offset = (b[i] == '-' ? -1 : 1) * (hours * 3600L + minutes * 60L);
        } else {
            return LogRecord.NO_TIME;
        }
        return Times.checked(year, month, day, hour, minute, second, offset);
    }

    /**
     * A decimal number of seconds ({@code 0.052}, {@code 12}) in microseconds, or {@link LogRecord#NO_LATENCY} when
     * the text is not one (at most 9 digits before the point; digits past the sixth decimal are dropped).
     */
    public static long secondsToMicros(byte[] b, int at, int end) {
        int dot = at;
        while (dot < end && b[dot] != '.') {
            dot++;
        }
        long whole = LogRecord.digits(b, at, dot);
        if (whole < 0 || dot - at > 9) {
            return LogRecord.NO_LATENCY;
        }
        long micros = whole * 1_000_000;
        if (dot < end) {
            if (dot + 1 == end) {
                return LogRecord.NO_LATENCY;
            }
            long scale = 100_000;
            for (int i = dot + 1; i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return LogRecord.NO_LATENCY;
                }
                micros += d * scale;
                scale /= 10;
            }
        }
        return micros;
    }

    /** Whole milliseconds ({@code 52}) in microseconds, or {@link LogRecord#NO_LATENCY}. */
    public static long millisToMicros(byte[] b, int at, int end) {
        long ms = end - at <= 12 ? LogRecord.digits(b, at, end) : -1;
        return ms < 0 ? LogRecord.NO_LATENCY : ms * 1000;
    }

    /** Days in a month (Times checks only 1-31): 2026-02-30 is no date. */
    public static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}

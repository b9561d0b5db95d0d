package dev.httpcodes.logs.formats;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Timestamps of access logs to epoch seconds, without allocating: nginx/Apache local time, ISO 8601, IIS. */
public final class Times {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private Times() {
    }

    /**
     * Remembers the last timestamp parsed: log lines come in time order, many in the same second, and comparing
     * 26 bytes is cheaper than parsing them. Not thread-safe; one per parser.
     */
    static final class Cache {
        private final byte[] last = new byte[32];
        private int lastLength = -1;
        private long lastValue;

        long parse(byte[] b, int at, int end) {
            int length = end - at;
            if (length == lastLength && java.util.Arrays.equals(b, at, end, last, 0, length)) {
                return lastValue;
            }
            lastValue = commonLog(b, at, end);
            if (length <= last.length) {
                System.arraycopy(b, at, last, 0, length);
                lastLength = length;
            }
            return lastValue;
        }
    }

    /** {@code 27/Nov/2026:09:39:15 +0000} at {@code at}; {@link LogRecord#NO_TIME} when malformed. */
    static long commonLog(byte[] b, int at, int end) {
        if (end - at < 26) {
            return LogRecord.NO_TIME;
        }
        int day = num(b, at, 2);
        int month = month(b, at + 3);
        int year = num(b, at + 7, 4);
        int hour = num(b, at + 12, 2);
        int minute = num(b, at + 15, 2);
        int second = num(b, at + 18, 2);
        int sign = b[at + 21] == '-' ? -1 : b[at + 21] == '+' ? 1 : 0;
        int zoneHours = num(b, at + 22, 2);
        int zoneMinutes = num(b, at + 24, 2);
        if ((day | month | year | hour | minute | second | zoneHours | zoneMinutes) < 0 || sign == 0
                || b[at + 2] != '/' || b[at + 6] != '/' || b[at + 11] != ':' || zoneHours > 23 || zoneMinutes > 59) {
            return LogRecord.NO_TIME;
        }
        return checked(year, month, day, hour, minute, second, sign * (zoneHours * 3600L + zoneMinutes * 60L));
    }

    /** IIS: {@code 2026-11-27} and {@code 09:39:15}, in UTC as IIS writes them. */
    public static long dateAndTime(byte[] b, int dateAt, int dateEnd, int timeAt, int timeEnd) {
        if (dateEnd - dateAt != 10 || timeEnd - timeAt < 8) {
            return LogRecord.NO_TIME;
        }
        int year = num(b, dateAt, 4);
        int month = num(b, dateAt + 5, 2);
        int day = num(b, dateAt + 8, 2);
        int hour = num(b, timeAt, 2);
        int minute = num(b, timeAt + 3, 2);
        int second = num(b, timeAt + 6, 2);
        if ((year | month | day | hour | minute | second) < 0 || b[dateAt + 4] != '-' || b[dateAt + 7] != '-'
                || b[timeAt + 2] != ':' || b[timeAt + 5] != ':') {
            return LogRecord.NO_TIME;
        }
        return checked(year, month, day, hour, minute, second, 0);
    }

    /**
     * Epoch seconds of a civil time with its offset, or {@link LogRecord#NO_TIME} when a field is out of its range or
     * the instant is outside the span a log can hold ({@link LogRecord#saneTime}).
     */
    public static long checked(int year, int month, int day, int hour, int minute, int second, long offsetSeconds) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
            return LogRecord.NO_TIME;
        }
        long t = epoch(year, month, day, hour, minute, second) - offsetSeconds;
        return LogRecord.saneTime(t) ? t : LogRecord.NO_TIME;
    }

    /** ISO 8601 with an offset ({@code 2026-11-27T09:39:15+00:00}, {@code …Z}), or epoch seconds/milliseconds. */
    static long iso(String text) {
        if (text == null || text.isEmpty()) {
            return LogRecord.NO_TIME;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')) {
            // Epoch seconds (nginx $msec: 1795000000.123) or milliseconds; a number of more digits than milliseconds
            // of year 9999 is not a time.
            int dot = text.indexOf('.');
            int whole = dot < 0 ? text.length() : dot;
            if (whole == 0 || whole > 15 || text.indexOf('.', whole + 1) >= 0) {
                return LogRecord.NO_TIME;
            }
            long value = Long.parseLong(text.substring(0, whole));
            long seconds = value > 100_000_000_000L ? value / 1000 : value;
            return LogRecord.saneTime(seconds) ? seconds : LogRecord.NO_TIME;
        }
        try {
            // RFC 3339 allows a space for the T, which java.time's ISO parser does not: read both the same way.
            String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T'
                    + text.substring(11) : text;
            long t = OffsetDateTime.parse(iso).toEpochSecond();
            return LogRecord.saneTime(t) ? t : LogRecord.NO_TIME;
        } catch (DateTimeParseException e) {
            return LogRecord.NO_TIME;
        }
    }

    /** The decimal number in {@code digits} bytes from {@code at}, or -1 if one is not a digit. */
    public static int num(byte[] b, int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int month(byte[] b, int at) {
        for (int m = 0; m < 12; m++) {
            if (MONTHS.charAt(m * 3) == b[at] && MONTHS.charAt(m * 3 + 1) == b[at + 1]
                    && MONTHS.charAt(m * 3 + 2) == b[at + 2]) {
                return m + 1;
            }
        }
        return -1;
    }

    /** Days from the civil date (Howard Hinnant's algorithm), then seconds. */
    static long epoch(int year, int month, int day, int hour, int minute, int second) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        long days = era * 146097L + doe - 719468;
        return days * 86400 + hour * 3600L + minute * 60L + second;
    }
}

package dev.httpcodes.logs;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Timestamps of access logs to epoch seconds, without allocating: nginx/Apache local time, ISO 8601, IIS. */
final class Times {
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
                || b[at + 2] != '/' || b[at + 6] != '/' || b[at + 11] != ':') {
            return LogRecord.NO_TIME;
        }
        return epoch(year, month, day, hour, minute, second) - sign * (zoneHours * 3600L + zoneMinutes * 60L);
    }

    /** IIS: {@code 2026-11-27} and {@code 09:39:15}, in UTC as IIS writes them. */
    static long dateAndTime(String date, String time) {
        if (date.length() != 10 || time.length() < 8) {
            return LogRecord.NO_TIME;
        }
        byte[] d = date.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] t = time.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int year = num(d, 0, 4);
        int month = num(d, 5, 2);
        int day = num(d, 8, 2);
        int hour = num(t, 0, 2);
        int minute = num(t, 3, 2);
        int second = num(t, 6, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return LogRecord.NO_TIME;
        }
        return epoch(year, month, day, hour, minute, second);
    }

    /** ISO 8601 with an offset ({@code 2026-11-27T09:39:15+00:00}, {@code …Z}), or epoch seconds/milliseconds. */
    static long iso(String text) {
        if (text == null || text.isEmpty()) {
            return LogRecord.NO_TIME;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')) {
            try {
                double value = Double.parseDouble(text);
                return (long) (value > 1e11 ? value / 1000 : value);
            } catch (NumberFormatException e) {
                return LogRecord.NO_TIME;
            }
        }
        try {
            return OffsetDateTime.parse(text).toEpochSecond();
        } catch (DateTimeParseException e) {
            return LogRecord.NO_TIME;
        }
    }

    private static int num(byte[] b, int at, int digits) {
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

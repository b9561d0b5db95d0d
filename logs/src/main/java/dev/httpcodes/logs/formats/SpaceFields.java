package dev.httpcodes.logs.formats;

/**
 * Splits a line of space-separated fields, some quoted ({@code "GET / HTTP/1.1"}, with {@code \"} inside), into byte
 * ranges (quotes left out), into arrays the parser reuses: nothing is allocated per line. Used by the AWS load
 * balancer formats, whose fields are all of this kind.
 */
final class SpaceFields {
    final int[] starts;
    final int[] ends;
    int count;

    SpaceFields(int max) {
        starts = new int[max];
        ends = new int[max];
    }

    /** Splits {@code b[start, end)}; false when a quote is not closed or a field is empty (two spaces). */
    boolean split(byte[] b, int start, int end) {
        count = 0;
        int i = start;
        while (i < end && count < starts.length) {
            if (b[i] == '"') {
                int close = CombinedParser.closingQuote(b, i + 1, end);
                if (close < 0) {
                    return false;
                }
                starts[count] = i + 1;
                ends[count] = close;
                i = close + 1;
            } else {
                int space = ByteSearch.find(b, (byte) ' ', i, end);
                if (space == i) {
                    return false;
                }
                starts[count] = i;
                ends[count] = space;
                i = space;
            }
            count++;
            if (i < end) {
                if (b[i] != ' ') {
                    return false;
                }
                i++;
                if (i == end) {
                    return false;
                }
            }
        }
        return true;
    }

    boolean is(byte[] b, int field, char c) {
        return ends[field] - starts[field] == 1 && b[starts[field]] == c;
    }

    boolean dash(byte[] b, int field) {
        return is(b, field, '-');
    }

    /** A three-digit status, {@link LogRecord#NO_STATUS} for {@code -}, or -1. */
    int status(byte[] b, int field) {
        if (dash(b, field)) {
            return LogRecord.NO_STATUS;
        }
        if (ends[field] - starts[field] != 3) {
            return -1;
        }
        return Times.num(b, starts[field], 3);
    }

    /**
     * Seconds with a fraction ({@code 0.048}, {@code 12.5}) as microseconds (digits past the sixth decimal dropped);
     * {@link LogRecord#NO_LATENCY} for {@code -1} (no answer) or {@code -}; -2 when not a number.
     */
    long micros(byte[] b, int field) {
        int s = starts[field];
        int e = ends[field];
        if (e - s == 2 && b[s] == '-' && b[s + 1] == '1' || dash(b, field)) {
            return LogRecord.NO_LATENCY;
        }
        long whole = 0;
        int i = s;
        for (; i < e && b[i] != '.'; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || i - s >= 9) {
                return -2;
            }
            whole = whole * 10 + d;
        }
        if (i == s) {
            return -2;
        }
        long fraction = 0;
        int digits = 0;
        if (i < e) {
            for (i++; i < e; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return -2;
                }
                if (digits < 6) {
                    fraction = fraction * 10 + d;
                    digits++;
                }
            }
        }
        for (; digits < 6; digits++) {
            fraction *= 10;
        }
        return whole * 1_000_000 + fraction;
    }

    /** {@code 2026-11-27T10:00:00.123456Z}: epoch seconds, or {@link LogRecord#NO_TIME}. */
    long isoUtc(byte[] b, int field) {
        return IsoTime.parse(b, starts[field], ends[field]);
    }

    /** The address of {@code ip:port} without its port (IPv6 too: the port is after the last colon). */
    int withoutPort(byte[] b, int field) {
        int e = ends[field];
        for (int i = e - 1; i > starts[field]; i--) {
            if (b[i] == ':') {
                return i;
            }
        }
        return e;
    }
}

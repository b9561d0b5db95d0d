package dev.httpcodes.logs.formats;

/** Where a JSON number ends, for the scanners that read JSON log lines from bytes without a parser. */
public final class JsonNumber {
    private JsonNumber() {
    }

    /** JSON's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}; the index after, or -1. */
    public static int end(byte[] b, int from, int end) {
        int i = from;
        if (b[i] == '-') {
            i++;
        }
        if (i >= end) {
            return -1;
        }
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            i = digits(b, i, end);
        } else {
            return -1;
        }
        if (i < end && b[i] == '.') {
            int after = digits(b, i + 1, end);
            if (after == i + 1) {
                return -1;
            }
            i = after;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int after = digits(b, i, end);
            if (after == i) {
                return -1;
            }
            i = after;
        }
        return i;
    }

    private static int digits(byte[] b, int from, int end) {
        int i = from;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }
}

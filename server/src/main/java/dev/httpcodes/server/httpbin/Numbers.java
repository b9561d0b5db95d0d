package dev.httpcodes.server.httpbin;

/** Strict parsing of path and query numbers: ASCII digits only, so "+1", " 1" or "1e3" are refused. */
final class Numbers {
    private Numbers() {
    }

    /** A count from 0 to Integer.MAX_VALUE, or null. */
    static Integer parseCount(String text) {
        if (text == null || text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long value = Long.parseLong(text);
        return value > Integer.MAX_VALUE ? null : (int) value;
    }

    /** A signed 64-bit integer, or null. */
    static Long parseLong(String text) {
        try {
            return text.length() > 20 ? null : Long.valueOf(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

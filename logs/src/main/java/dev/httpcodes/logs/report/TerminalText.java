package dev.httpcodes.logs.report;

/**
 * Text from a log made safe for a terminal: control characters (C0, DEL, C1) and bidirectional overrides are
 * written as visible escapes ({@code \x1b}, {@code \u202e}), so a log cannot move the cursor, retitle the window or
 * reorder what the reader sees.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
                    || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029;
            if (unsafe && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (!unsafe) {
                    b.append(c);
                } else if (c == '\\') {
                    b.append(c);
                } else if (c <= 0xff) {
                    b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                } else {
                    b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
        return b == null ? s : b.toString();
    }
}

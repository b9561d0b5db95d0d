package dev.httpcodes.check.report;

/**
 * Makes server-controlled text safe to print on a terminal: control characters (C0, DEL, C1 — which includes the
 * 8-bit CSI), and the Unicode format characters that reorder or hide text, are shown as escapes instead of being
 * sent to the terminal, where they could move the cursor, recolour or rewrite what the user reads.
 */
public final class TerminalSafe {
    private TerminalSafe() {
    }

    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x200b && c <= 0x200f)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
            if (unsafe) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}

package dev.httpcodes.ui;

import dev.httpcodes.core.markup.CodeSpans;

/** HTML escaping for element content and quoted attribute values, shared by the web pages and the HTML reports. */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** {@code & < > " '} as character references; null as the empty string. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** HTML element content from a knowledge text: everything escaped, its code spans in {@code <code>}. */
    public static String markup(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (CodeSpans.Segment s : CodeSpans.split(text)) {
            if (s.code()) {
                out.append("<code>").append(escape(s.text())).append("</code>");
            } else {
                out.append(escape(s.text()));
            }
        }
        return out.toString();
    }
}

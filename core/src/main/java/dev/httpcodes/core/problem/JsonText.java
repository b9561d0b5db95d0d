package dev.httpcodes.core.problem;

/**
 * The one piece of JSON the core writes itself (it has no dependencies): a string literal, escaped per RFC 8259.
 * Characters that would let the text break out of an HTML script block or be misread by old parsers
 * ({@code < > &}, U+2028, U+2029) are escaped too.
 */
final class JsonText {
    private JsonText() {
    }

    static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

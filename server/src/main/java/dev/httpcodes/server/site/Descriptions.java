package dev.httpcodes.server.site;

import dev.httpcodes.core.ui.CodeSpans;

/** Meta descriptions from knowledge texts: plain text, one line, short enough that result pages show it whole. */
public final class Descriptions {
    /** About what search result pages show before cutting a snippet. */
    public static final int MAX = 155;

    private Descriptions() {
    }

    /**
     * The text without code markup and with runs of white space as one space, cut to at most {@link #MAX} code
     * points: at the last space when there is one in the second half (English), else anywhere (Chinese has no
     * spaces), then an ellipsis.
     */
    public static String trim(String marked) {
        String text = CodeSpans.plain(marked).replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) <= MAX) {
            return text;
        }
        int end = text.offsetByCodePoints(0, MAX - 1);
        int space = text.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        }
        return text.substring(0, end).strip().replaceAll("[,;:，；：、]$", "") + "…";
    }
}

package dev.httpcodes.core.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * The one inline markup of knowledge texts: code in backticks ({@code `try_files $uri /index.html;`}). The build
 * guarantees that backticks pair up and that no span is empty or runs across a line break, so this tokenizer never
 * fails; given text from elsewhere, an unpaired backtick is kept as an ordinary character.
 */
public final class CodeSpans {
    private CodeSpans() {
    }

    /** A piece of text: prose, or code to be shown as code. */
    public record Segment(String text, boolean code) {
    }

    /** The text as prose and code segments, in order; empty pieces are left out. */
    public static List<Segment> split(String text) {
        List<Segment> segments = new ArrayList<>(4);
        int from = 0;
        while (from < text.length()) {
            int open = text.indexOf('`', from);
            int close = open < 0 ? -1 : text.indexOf('`', open + 1);
            if (close < 0) {
                segments.add(new Segment(text.substring(from), false));
                break;
            }
            if (open > from) {
                segments.add(new Segment(text.substring(from, open), false));
            }
            if (close > open + 1) {
                segments.add(new Segment(text.substring(open + 1, close), true));
            }
            from = close + 1;
        }
        return segments;
    }

    /** The text without its markup, for plain output (a pipe, {@code NO_COLOR}). */
    public static String plain(String text) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Segment s : split(text)) {
            out.append(s.text());
        }
        return out.toString();
    }
}

package dev.httpcodes.cli.render;

import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.markup.CodeSpans;

/** ANSI styling, or none: one instance decides for a whole run whether output is coloured. */
public final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean enabled;

    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The text in the colour of its status class: 1xx cyan, 2xx green, 3xx blue, 4xx yellow, 5xx red. */
    public String byClass(StatusClass c, String text) {
        String code = switch (c) {
            case INFORMATIONAL -> "36";
            case SUCCESSFUL -> "32";
            case REDIRECTION -> "34";
            case CLIENT_ERROR -> "33";
            case SERVER_ERROR -> "31";
            case INVALID -> "35";
        };
        return apply("1;" + code, text);
    }

    public String bold(String text) {
        return apply("1", text);
    }

    public String dim(String text) {
        return apply("2", text);
    }

    /**
     * A knowledge text with its inline code shown: code spans in cyan on a terminal, and the backticks simply
     * dropped when output is plain (a pipe, {@code NO_COLOR}). Each span is coloured on its own, so a wrapped line
     * never carries colour into the next line's indent.
     */
    public String text(String marked) {
        if (!enabled) {
            return CodeSpans.plain(marked);
        }
        StringBuilder out = new StringBuilder(marked.length() + 16);
        for (CodeSpans.Segment s : CodeSpans.split(marked)) {
            out.append(s.code() ? apply("36", s.text()) : s.text());
        }
        return out.toString();
    }

    private String apply(String sgr, String text) {
        return enabled ? "\u001b[" + sgr + "m" + text + RESET : text;
    }
}

package dev.httpcodes.core;

import java.util.Objects;

/**
 * A text in Chinese and in English. Knowledge texts may mark inline code with backticks; show them through
 * {@link dev.httpcodes.core.markup.CodeSpans}.
 */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the given language. */
    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}

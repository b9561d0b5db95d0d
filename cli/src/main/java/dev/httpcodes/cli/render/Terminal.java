package dev.httpcodes.cli.render;

import dev.httpcodes.core.Lang;
import dev.httpcodes.ui.UiText;
import java.io.PrintStream;

/**
 * Where text output goes and how it looks: the stream, the language, the styling and the wrap width (0 = no
 * wrapping, used when output is not a terminal).
 */
public record Terminal(PrintStream out, Lang lang, Style style, int width) {
    public void line(String text) {
        out.println(text);
    }

    public void blank() {
        out.println();
    }

    /** Prints text wrapped to the width, every line starting with {@code indent}. */
    public void wrapped(String text, String indent) {
        for (String line : TextWrapper.wrap(text, width, indent)) {
            out.println(line);
        }
    }

    public String t(UiText text) {
        return text.in(lang);
    }
}

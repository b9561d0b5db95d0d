package dev.httpcodes.cli.render;

import dev.httpcodes.core.Lang;
import java.io.PrintStream;
import java.util.List;

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
        List<String> lines = TextWrapper.wrap(text, width, indent);
        lines.forEach(out::println);
    }

    public String t(UiText text) {
        return text.in(lang);
    }
}

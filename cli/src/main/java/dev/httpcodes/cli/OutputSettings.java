package dev.httpcodes.cli;

import dev.httpcodes.cli.render.Style;
import dev.httpcodes.cli.render.Terminal;
import dev.httpcodes.core.Lang;
import java.io.PrintStream;

/** How this run prints: language, JSON or text, colour and width, settled from options and environment. */
record OutputSettings(Lang lang, boolean json, boolean colour, int width, boolean verbose) {
    Terminal terminal(PrintStream out) {
        return new Terminal(out, lang, new Style(colour), width);
    }
}

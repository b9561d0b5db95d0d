package dev.httpcodes.cli;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.ui.UiText;
import java.io.PrintStream;
import java.util.List;

/** One-line problem reports on standard error, with a "did you mean" where one is near. */
final class Problems {
    private Problems() {
    }

    static void report(PrintStream err, String message) {
        err.println("httpcodes: " + message);
    }

    /** "no status code matches "4044" (did you mean 404?)". */
    static void unknownCode(PrintStream err, Registry registry, Lang lang, String input) {
        List<String> near = new Search(registry).suggest(input, 3);
        String hint = near.isEmpty() ? "" : UiText.DID_YOU_MEAN.format(lang, String.join(", ", near));
        report(err, UiText.NOT_FOUND_ONE.format(lang, quote(input)) + hint);
    }

    /** "unknown vendor: ngnix; known: … (did you mean nginx?)". */
    static void unknownName(PrintStream err, Lang lang, String what, String input, List<String> known) {
        String hint = Search.nearest(input, known).map(n -> UiText.DID_YOU_MEAN.format(lang, n)).orElse("");
        report(err, UiText.UNKNOWN_VALUE.format(lang, what, quote(input), String.join(", ", known)) + hint);
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }
}

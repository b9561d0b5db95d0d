package dev.httpcodes.cli;

import dev.httpcodes.core.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fast path for the most common call, a plain lookup such as {@code httpcodes 404} or
 * {@code httpcodes --lang zh -v 502 504}. Building picocli's command model costs a cold JVM 100 ms or more, several
 * times the lookup itself, so arguments this simple are read here instead. Anything else (help, JSON, other
 * options, subcommands, bad values) returns empty and goes to picocli, which reports problems properly.
 */
final class QuickShow {
    /** Parsed quick arguments. */
    record Request(List<String> queries, Optional<Lang> lang, boolean noColour, boolean verbose) {
    }

    private QuickShow() {
    }

    static Optional<Request> parse(String[] args, Set<String> subcommands) {
        List<String> queries = new ArrayList<>();
        Optional<Lang> lang = Optional.empty();
        boolean noColour = false;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length && isLang(args[i + 1])) {
                lang = Optional.of(Lang.of(args[++i]));
            } else if (a.startsWith("--lang=") && isLang(a.substring(7))) {
                lang = Optional.of(Lang.of(a.substring(7)));
            } else if (a.equals("--no-color")) {
                noColour = true;
            } else if (a.equals("-v") || a.equals("--verbose")) {
                verbose = true;
            } else if (a.startsWith("-") || a.isBlank() || queries.isEmpty() && subcommands.contains(a)) {
                return Optional.empty();
            } else {
                queries.add(a);
            }
        }
        return queries.isEmpty() ? Optional.empty() : Optional.of(new Request(queries, lang, noColour, verbose));
    }

    private static boolean isLang(String value) {
        return value.equals("zh") || value.equals("en");
    }
}

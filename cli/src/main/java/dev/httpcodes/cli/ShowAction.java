package dev.httpcodes.cli;

import dev.httpcodes.cli.render.EntryPrinter;
import dev.httpcodes.cli.render.Terminal;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code httpcodes show} does, whichever way its arguments were parsed: every meaning of every query, standard
 * first. Shared by {@link ShowCommand} and {@link QuickShow} so both print exactly the same.
 */
final class ShowAction {
    private final Registry registry;

    ShowAction(Registry registry) {
        this.registry = registry;
    }

    int run(List<String> queries, OutputSettings settings, PrintStream out, PrintStream err) {
        List<Entry> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String query : queries) {
            List<Entry> entries = registry.find(query);
            if (entries.isEmpty()) {
                missing.add(query);
            }
            for (Entry e : entries) {
                if (!found.contains(e)) {
                    found.add(e);
                }
            }
        }
        if (settings.json()) {
            JsonOutput.printEntries(out, registry, settings.lang(), found);
        } else {
            Terminal term = settings.terminal(out);
            EntryPrinter printer = new EntryPrinter(registry, term);
            for (int i = 0; i < found.size(); i++) {
                if (i > 0) {
                    term.blank();
                    term.line(term.style().dim("─".repeat(term.width() > 0 ? Math.min(term.width(), 60) : 60)));
                    term.blank();
                }
                printer.print(found.get(i), settings.verbose());
            }
        }
        for (String query : missing) {
            Problems.unknownCode(err, registry, settings.lang(), query);
        }
        return missing.isEmpty() ? ExitCode.FOUND : ExitCode.NOTHING_FOUND;
    }
}

package dev.httpcodes.cli;

import dev.httpcodes.cli.render.TablePrinter;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.InvalidFilterException;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Standing;
import dev.httpcodes.ui.UiText;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code httpcodes list [4xx] [--standing vendor] [--vendor nginx]}: a table of entries. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every entry, or those of a class, standing or vendor, as a table (or JSON).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:entries listed", "1:no entry matches the filters", "2:unknown class, standing or vendor"})
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    HttpcodesCommand root;

    @Parameters(arity = "0..1", paramLabel = "CLASS", description = "1xx, 2xx, 3xx, 4xx, 5xx or invalid.")
    String statusClass;

    @Option(names = "--standing", paramLabel = "STANDING", completionCandidates = StandingIds.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String standing;

    @Option(names = "--vendor", paramLabel = "VENDOR", description = "A vendor id, e.g. nginx, iis, cloudflare.")
    String vendor;

    private final Context context;

    ListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Registry registry = context.registry();
        OutputSettings settings = root.settings(false);
        EntryFilter filter;
        try {
            filter = EntryFilter.parse(registry, statusClass, standing, vendor);
        } catch (InvalidFilterException e) {
            Problems.unknownName(context.err(), settings.lang(), e.parameter(), e.value(), e.allowed());
            return ExitCode.USAGE;
        }
        List<Entry> entries = registry.list(filter);
        if (settings.json()) {
            JsonOutput.printEntries(context.out(), registry, settings.lang(), entries);
        } else if (!entries.isEmpty()) {
            new TablePrinter(registry, settings.terminal(context.out())).print(entries);
        }
        if (entries.isEmpty()) {
            Problems.report(context.err(), UiText.NO_ENTRIES.in(settings.lang()));
            return ExitCode.NOTHING_FOUND;
        }
        return ExitCode.FOUND;
    }

    /** The standings an entry can have, from the one list (core's {@code Standing}), for help and completion. */
    static final class StandingIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Standing.values()).filter(Standing::hasEntries).map(Standing::id).iterator();
        }
    }
}

package dev.httpcodes.cli;

import dev.httpcodes.cli.render.TablePrinter;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.core.search.SearchHit;
import dev.httpcodes.ui.UiText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code httpcodes search <words…> [--limit N]}: ranked matches in both languages. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search codes, phrases, titles, keywords and descriptions in Chinese and English, best "
            + "match first; tolerant of case, spacing and small typos.",
            "Examples: search 超时, search rate limit, search not foud"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:results printed", "1:nothing matches", "2:usage error"})
final class SearchCommand implements Callable<Integer> {
    static final int MAX_LIMIT = 1000;

    @ParentCommand
    HttpcodesCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORD", description = "What to look for.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
            description = "At most N results, 1-" + MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit;

    private final Context context;

    SearchCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(),
                    "--limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        OutputSettings settings = root.settings(false);
        String query = String.join(" ", words);
        List<Entry> entries = new Search(context.registry()).search(query, limit).stream()
                .map(SearchHit::entry).toList();
        if (settings.json()) {
            JsonOutput.printEntries(context.out(), context.registry(), settings.lang(), entries);
        } else if (!entries.isEmpty()) {
            new TablePrinter(context.registry(), settings.terminal(context.out())).print(entries);
        }
        if (entries.isEmpty()) {
            Problems.report(context.err(), UiText.NO_RESULTS.format(settings.lang(), Problems.quote(query)));
            return ExitCode.NOTHING_FOUND;
        }
        return ExitCode.FOUND;
    }
}

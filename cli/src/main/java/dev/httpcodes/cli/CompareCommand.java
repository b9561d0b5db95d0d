package dev.httpcodes.cli;

import dev.httpcodes.cli.render.ComparisonPrinter;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.ui.GuideText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code httpcodes compare 401 403}: two codes side by side, with how to tell them apart. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two codes: name, class, standing, vendor, summary and HTTP semantics side by side, "
            + "then how to tell them apart where the knowledge base says so.",
            "A number with several meanings is compared by its first (standard) one; give an id such as 499.esri "
            + "for another."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "1:a code matched nothing", "2:usage error (e.g. the same code twice)"})
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    HttpcodesCommand root;

    @Parameters(arity = "2", paramLabel = "CODE", description = "The two codes, e.g. 401 403 or 502 502.3.")
    List<String> codes;

    private final Context context;

    CompareCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OutputSettings settings = root.settings(false);
        Registry registry = context.registry();
        List<Entry> found = new ArrayList<>();
        for (String query : codes) {
            List<Entry> meanings = registry.find(query);
            if (meanings.isEmpty()) {
                Problems.unknownCode(context.err(), registry, settings.lang(), query);
            } else {
                found.add(meanings.get(0));
            }
        }
        if (found.size() < 2) {
            return ExitCode.NOTHING_FOUND;
        }
        Entry a = found.get(0);
        Entry b = found.get(1);
        if (a == b) {
            Problems.report(context.err(), GuideText.SAME_CODE.format(settings.lang(), a.id()));
            return ExitCode.USAGE;
        }
        Optional<Comparison> comparison = Guides.standard().comparison(a.id(), b.id());
        if (settings.json()) {
            GuideJsonOutput.comparison(context.out(), registry, settings.lang(), a, b, comparison);
        } else {
            new ComparisonPrinter(registry, settings.terminal(context.out())).print(a, b, comparison);
        }
        return ExitCode.FOUND;
    }
}

package dev.httpcodes.cli;

import dev.httpcodes.cli.render.Terminal;
import dev.httpcodes.cli.render.TroubleshootingPrinter;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Troubleshooting;
import dev.httpcodes.ui.UiText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code httpcodes explain 502 [--stack nginx]}: likely causes and fixes. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Likely causes of a code and their fixes, grouped by stack (nginx, Apache, IIS, PHP-FPM, "
            + "Tomcat, Spring Boot, Node.js, Cloudflare, Kubernetes ingress, load balancer, browser/client …).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:advice printed", "1:unknown code, or no advice for it (on that stack)",
            "2:unknown stack or usage error"})
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    HttpcodesCommand root;

    @Parameters(index = "0", paramLabel = "CODE", description = "The code, e.g. 502, 500.19 or 499.")
    String query;

    @Option(names = {"-s", "--stack"}, paramLabel = "STACK", description = "Only advice for this stack.")
    String stack;

    private final Context context;

    ExplainCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Registry registry = context.registry();
        OutputSettings settings = root.settings(true);
        Lang lang = settings.lang();
        if (stack != null && registry.stack(stack).isEmpty()) {
            Problems.unknownName(context.err(), lang, "stack", stack,
                    registry.stacks().stream().map(Label::id).toList());
            return ExitCode.USAGE;
        }
        List<Entry> entries = registry.find(query);
        if (entries.isEmpty()) {
            Problems.unknownCode(context.err(), registry, lang, query);
            return ExitCode.NOTHING_FOUND;
        }
        Terminal term = settings.terminal(context.out());
        List<Entry> explained = new ArrayList<>();
        for (Entry e : entries) {
            Set<String> stacks = new LinkedHashSet<>();
            e.troubleshooting().forEach(t -> stacks.add(t.stack()));
            List<Troubleshooting> items = new ArrayList<>();
            for (Troubleshooting t : e.troubleshooting()) {
                if (stack == null || t.stack().equalsIgnoreCase(stack.strip())) {
                    items.add(t);
                }
            }
            if (items.isEmpty()) {
                String message = e.troubleshooting().isEmpty() ? UiText.NO_TROUBLESHOOTING.format(lang, e.id())
                        : UiText.UNKNOWN_STACK.format(lang, e.id(), stack, String.join(", ", stacks));
                Problems.report(context.err(), message);
                continue;
            }
            explained.add(e);
            if (settings.json()) {
                continue;
            }
            term.line(term.style().byClass(e.statusClass(), e.id()) + " " + term.style().bold(e.phrase()) + " · "
                    + e.title().in(lang));
            term.wrapped(term.style().dim(UiText.STACKS_FOR.format(lang, e.id(), String.join(", ", stacks))), "");
            term.blank();
            new TroubleshootingPrinter(registry, term).print(items);
            term.blank();
        }
        if (settings.json()) {
            JsonOutput.printExplained(context.out(), registry, lang, explained, stack);
        }
        return explained.isEmpty() ? ExitCode.NOTHING_FOUND : ExitCode.FOUND;
    }
}

package dev.httpcodes.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code httpcodes show 404 403.14 …}: every meaning of each query, in full. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show every meaning of each code: phrase, Chinese title, class, standing, vendor, summary, "
            + "explanation, HTTP semantics, references and related codes.",
            "Queries: 404, 403.14, 500-11, 499.esri, 4xx, \"404 Not Found\", \"Not Found\", 网关超时."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all found", "1:a query matched nothing", "2:usage error"})
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    HttpcodesCommand root;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Codes or names to look up.")
    List<String> queries;

    @Option(names = {"-v", "--verbose"}, description = "Add troubleshooting: causes and fixes by stack.")
    boolean verbose;

    private final Context context;

    ShowCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new ShowAction(context.registry()).run(queries, root.settings(verbose), context.out(), context.err());
    }
}

package dev.httpcodes.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: options shared by every subcommand, help, version and exit codes. */
@Command(name = "httpcodes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Look up, list, search and explain HTTP status codes: standard, unofficial and vendor "
            + "(IIS sub-status, nginx, Cloudflare, AWS …), in Chinese or English.",
            "",
            "A bare query is the same as 'show': httpcodes 404, httpcodes 403.14 500-11, httpcodes \"Not Found\"."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:found and printed", "1:nothing (or not everything) found",
            "2:usage error: unknown option, bad value, unknown stack or vendor, invalid --knowledge catalogue",
            "70:internal error"},
        footerHeading = "%nExamples:%n",
        footer = {"  httpcodes 404", "  httpcodes --lang zh 502 504", "  httpcodes list 4xx --standing vendor",
            "  httpcodes search rate limit", "  httpcodes explain 502 --stack nginx",
            "  source <(httpcodes generate-completion)"})
final class HttpcodesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of the texts (default: from LC_ALL, LC_MESSAGES or LANG; zh_* is Chinese).")
    LangOption lang;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print JSON (an array of entry objects; shape in docs/entry.schema.json).")
    boolean json;

    /** Taken out by {@code Cli} before parsing (it chooses the registry); declared here so help lists it. */
    @Option(names = "--knowledge", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Also load your own entries: every .yaml file under DIR, written like knowledge/ and "
                + "checked by the same schema (default: $HTTPCODES_KNOWLEDGE). Problems are reported with file and "
                + "line, exit code 2.")
    String knowledge;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "No colour (also when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    private final Context context;

    HttpcodesCommand(Context context) {
        this.context = context;
    }

    /** Called with no subcommand and no query: show the help and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(context.err());
        return ExitCode.USAGE;
    }

    OutputSettings settings(boolean verbose) {
        Environment env = context.environment();
        return new OutputSettings(lang != null ? lang.lang : env.defaultLang(), json,
                !noColor && env.colourAllowed(), env.width(), verbose);
    }
}

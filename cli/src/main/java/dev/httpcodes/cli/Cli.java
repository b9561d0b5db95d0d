package dev.httpcodes.cli;

import dev.httpcodes.core.Registry;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * One run of the CLI: arguments in, text on two streams, an exit code out. {@code Main} passes the real streams;
 * tests pass captured ones and a hand-made {@link Environment}.
 */
public final class Cli {
    static final Set<String> SUBCOMMANDS = Set.of("show", "list", "search", "explain", "serve", "site", "logs",
            "which", "compare", "check", "generate-completion", "help");
    /** Options that take a value, so that value is not mistaken for the first query or subcommand. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--lang", "--standing", "--vendor", "--stack", "-s",
            "--limit", "-n", "--host", "--port", "-p", "--access-log", "--format", "--nginx-format", "--json-fields",
            "--html", "--threads", "--answers", "-X", "--request", "-H", "--header", "-d", "--data",
            "--max-redirects", "--timeout", "--har", "--raw");

    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    public Cli(Environment environment, PrintStream out, PrintStream err) {
        this(environment, System.in, out, err);
    }

    /** With the standard input that {@code which} reads its replies from. */
    public Cli(Environment environment, InputStream in, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and returns the exit code; never throws. */
    public int run(String... arguments) {
        try {
            List<String> rest = new ArrayList<>(Arrays.asList(arguments));
            String option;
            try {
                option = takeKnowledgeOption(rest);
            } catch (IllegalArgumentException e) {
                Problems.report(err, e.getMessage() + "; see 'httpcodes --help'");
                return ExitCode.USAGE;
            }
            String folder = Catalogue.folder(option, environment);
            Registry registry;
            if (folder == null) {
                registry = Registry.standard();
            } else {
                registry = CatalogueLoader.loadOrReport(folder, option == null, err);
                if (registry == null) {
                    return ExitCode.USAGE;
                }
            }
            // Not String[]::new: a method reference here would bootstrap the lambda machinery on every lookup.
            String[] args = rest.toArray(new String[0]);
            Optional<QuickShow.Request> quick = QuickShow.parse(args, SUBCOMMANDS);
            if (quick.isPresent()) {
                return quickShow(quick.get(), registry);
            }
            return picocli(registry).execute(withDefaultSubcommand(args));
        } catch (RuntimeException | Error e) {
            Problems.report(err, "internal error: " + e);
            return ExitCode.SOFTWARE;
        }
    }

    /**
     * Removes {@code --knowledge DIR} (or {@code --knowledge=DIR}) from the arguments before {@code --} and returns
     * DIR, or null. It is taken out before anything else because it decides the registry every command uses.
     */
    static String takeKnowledgeOption(List<String> args) {
        String value = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break;
            }
            if (a.equals(Catalogue.OPTION)) {
                if (i + 1 >= args.size() || args.get(i + 1).equals("--")) {
                    throw new IllegalArgumentException("Missing required parameter for option '--knowledge' (DIR)");
                }
                value = args.get(i + 1);
                args.subList(i, i + 2).clear();
                i--;
            } else if (a.startsWith(Catalogue.OPTION + "=")) {
                value = a.substring(Catalogue.OPTION.length() + 1);
                args.remove(i);
                i--;
            }
        }
        return value;
    }

    private int quickShow(QuickShow.Request request, Registry registry) {
        OutputSettings settings = new OutputSettings(request.lang().orElse(environment.defaultLang()), false,
                !request.noColour() && environment.colourAllowed(), environment.width(), request.verbose());
        return new ShowAction(registry).run(request.queries(), settings, out, err);
    }

    CommandLine picocli() {
        return picocli(Registry.standard());
    }

    private CommandLine picocli(Registry registry) {
        Context context = new Context(registry, out, err, environment);
        CommandLine cli = new CommandLine(new HttpcodesCommand(context))
                .addSubcommand(new ShowCommand(context))
                .addSubcommand(new ListCommand(context))
                .addSubcommand(new SearchCommand(context))
                .addSubcommand(new ExplainCommand(context))
                .addSubcommand(new ServeCommand(context))
                .addSubcommand(new SiteCommand(context))
                .addSubcommand(new LogsCommand(context))
                .addSubcommand(new WhichCommand(context, in))
                .addSubcommand(new CompareCommand(context))
                .addSubcommand(new CheckCommand(context))
                .addSubcommand(new AutoComplete.GenerateCompletion())
                .addSubcommand(new CommandLine.HelpCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(this::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ParameterException p) {
                return usageError(p, parseResult.originalArgs().toArray(String[]::new));
            }
            Problems.report(err, "internal error: " + e);
            return ExitCode.SOFTWARE;
        });
        return cli;
    }

    /** One line naming the problem and, where picocli has one, the nearest valid option or subcommand. */
    private int usageError(ParameterException e, String[] args) {
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
        }
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        Problems.report(err, message + "; see '" + command + " --help'");
        return ExitCode.USAGE;
    }

    /**
     * A bare query is {@code show}: insert it when the first positional argument is not a subcommand. Options before
     * the query stay where they are (they are inherited by {@code show}).
     */
    static String[] withDefaultSubcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (VALUE_OPTIONS.contains(a)) {
                i++;
                continue;
            }
            if (a.startsWith("-")) {
                continue;
            }
            if (SUBCOMMANDS.contains(a)) {
                return args;
            }
            List<String> result = new ArrayList<>(Arrays.asList(args));
            result.add(0, "show");
            return result.toArray(String[]::new);
        }
        return args;
    }
}

package dev.httpcodes.cli;

import dev.httpcodes.core.Registry;
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
    static final Set<String> SUBCOMMANDS = Set.of("show", "list", "search", "explain", "serve", "logs", "check",
            "generate-completion", "help");
    /** Options that take a value, so that value is not mistaken for the first query or subcommand. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--lang", "--standing", "--vendor", "--stack", "-s",
            "--limit", "-n", "--host", "--port", "-p", "--access-log", "--format", "--nginx-format", "--json-fields",
            "--html", "--threads", "-X", "--request", "-H", "--header", "-d", "--data", "--max-redirects", "--timeout",
            "--har", "--raw");

    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(Environment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and returns the exit code; never throws. */
    public int run(String... args) {
        try {
            Optional<QuickShow.Request> quick = QuickShow.parse(args, SUBCOMMANDS);
            if (quick.isPresent()) {
                return quickShow(quick.get());
            }
            return picocli().execute(withDefaultSubcommand(args));
        } catch (RuntimeException | Error e) {
            Problems.report(err, "internal error: " + e);
            return ExitCode.SOFTWARE;
        }
    }

    private int quickShow(QuickShow.Request request) {
        OutputSettings settings = new OutputSettings(request.lang().orElse(environment.defaultLang()), false,
                !request.noColour() && environment.colourAllowed(), environment.width(), request.verbose());
        return new ShowAction(Registry.standard()).run(request.queries(), settings, out, err);
    }

    CommandLine picocli() {
        Context context = new Context(Registry.standard(), out, err, environment);
        CommandLine cli = new CommandLine(new HttpcodesCommand(context))
                .addSubcommand(new ShowCommand(context))
                .addSubcommand(new ListCommand(context))
                .addSubcommand(new SearchCommand(context))
                .addSubcommand(new ExplainCommand(context))
                .addSubcommand(new ServeCommand(context))
                .addSubcommand(new LogsCommand(context))
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

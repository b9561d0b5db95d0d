package dev.httpcodes.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The result of one CLI run with captured streams. */
record Run(int exit, String out, String err) {
    static final Environment PIPE = new Environment(Map.of("LANG", "en_US.UTF-8"), false);
    static final Environment TTY = new Environment(Map.of("LANG", "en_US.UTF-8", "COLUMNS", "100"), true);

    static Run of(Environment env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run of(String... args) {
        return of(PIPE, args);
    }

    /** Runs through picocli even when the quick path would take the arguments. */
    static Run viaPicocli(Environment env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = cli.picocli().execute(Cli.withDefaultSubcommand(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

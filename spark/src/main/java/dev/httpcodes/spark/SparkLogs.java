package dev.httpcodes.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The job's main class, for {@code spark-submit --class dev.httpcodes.spark.SparkLogs} and for the launcher's
 * {@code httpcodes logs --spark MASTER}. Exits with the codes of {@code httpcodes logs}.
 */
public final class SparkLogs {
    private SparkLogs() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command line; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        SparkLogsCommand command = new SparkLogsCommand(out, err);
        CommandLine line = new CommandLine(command);
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(err, true));
        line.setParameterExceptionHandler((e, a) -> {
            err.println("httpcodes: " + e.getMessage());
            return SparkLogsCommand.USAGE;
        });
        return line.execute(args);
    }
}

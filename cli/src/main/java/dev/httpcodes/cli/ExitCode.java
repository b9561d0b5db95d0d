package dev.httpcodes.cli;

/** Exit codes, as documented in {@code --help}. */
public final class ExitCode {
    /** Everything asked for was found and printed. */
    public static final int FOUND = 0;
    /** The input was understood but nothing (or not everything) matched. */
    public static final int NOTHING_FOUND = 1;
    /** The command line was wrong: unknown option, bad value, unknown stack or vendor. */
    public static final int USAGE = 2;
    /** A fault of httpcodes itself; reported in one line, never as a stack trace. */
    public static final int SOFTWARE = 70;

    private ExitCode() {
    }
}

package dev.httpcodes.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code httpcodes} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Always UTF-8: on JDK 17 the default follows the locale, and a C locale would turn Chinese into '?'.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(Environment.system(), out, err).run(args);
        out.flush();
        System.exit(code);
    }
}

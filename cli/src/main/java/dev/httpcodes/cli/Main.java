package dev.httpcodes.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code httpcodes} command.
 *
 * <p>The launcher starts the JVM with only the core, UI-words and CLI jars on the class path, because every extra jar (the
 * server alone brings thirty) costs a cold start time even when it is never opened. A plain lookup needs nothing
 * more. Any other command runs in a class loader over every jar of {@code -Dhttpcodes.lib}. Run with a complete
 * class path (the shaded jar, the distribution, tests), everything runs directly.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // A catalogue of one's own (HTTPCODES_KNOWLEDGE) needs the YAML parser, so the lookup takes the long way.
        boolean quick = QuickShow.parse(args, Cli.SUBCOMMANDS).isPresent()
                && (System.getenv(Catalogue.VARIABLE) == null || System.getenv(Catalogue.VARIABLE).isBlank());
        System.exit(quick || hasFullClassPath() ? run(args) : runWithLibraries(args));
    }

    /** One run with the process's own streams; the exit code is returned, not acted on. */
    public static int run(String[] args) {
        // Always UTF-8: on JDK 17 the default follows the locale, and a C locale would turn Chinese into '?'.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(Environment.system(), out, err).run(args);
        out.flush();
        return code;
    }

    private static boolean hasFullClassPath() {
        try {
            Class.forName("picocli.CommandLine", false, Main.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Runs {@link #run} again in a class loader that also sees the jars of {@code -Dhttpcodes.lib}. */
    private static int runWithLibraries(String[] args) {
        String lib = System.getProperty("httpcodes.lib");
        try {
            if (lib == null) {
                throw new IOException("picocli is not on the class path and -Dhttpcodes.lib is not set");
            }
            List<URL> jars = new ArrayList<>();
            jars.add(Main.class.getProtectionDomain().getCodeSource().getLocation());
            try (Stream<Path> files = Files.list(Path.of(lib))) {
                for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
            }
            try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader())) {
                Thread.currentThread().setContextClassLoader(loader);
                return (int) loader.loadClass(Main.class.getName()).getMethod("run", String[].class)
                        .invoke(null, (Object) args);
            }
        } catch (InvocationTargetException e) {
            return fail(e.getCause());
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return fail(e);
        }
    }

    private static int fail(Throwable e) {
        System.err.println("httpcodes: internal error: " + e);
        return ExitCode.SOFTWARE;
    }
}

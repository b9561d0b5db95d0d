package dev.httpcodes.cli;

import dev.httpcodes.core.Lang;
import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the CLI reads from its surroundings: environment variables and whether standard output is a terminal.
 * Tests build one by hand, so no test depends on the machine it runs on.
 *
 * @param stdoutIsTerminal decides colour and wrapping; the launcher scripts pass {@code -Dhttpcodes.tty} from
 *                         {@code [ -t 1 ]}, which is exact, and the JVM's console check is the fallback
 */
public record Environment(Map<String, String> variables, boolean stdoutIsTerminal) {
    private static final int DEFAULT_WIDTH = 80;

    public static Environment system() {
        String tty = System.getProperty("httpcodes.tty");
        return new Environment(System.getenv(), tty != null ? Boolean.parseBoolean(tty) : consoleIsTerminal());
    }

    /** Language from the locale variables, in POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG. */
    public Lang defaultLang() {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = variables.get(name);
            if (value != null && !value.isEmpty()) {
                return Lang.of(value);
            }
        }
        return Lang.EN;
    }

    /** Colour is for terminals only, and never when NO_COLOR is set to anything (no-color.org). */
    public boolean colourAllowed() {
        String noColor = variables.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
    }

    /** Wrap width: the terminal's (COLUMNS), 80 when unknown; 0 (no wrapping) when output is not a terminal. */
    public int width() {
        if (!stdoutIsTerminal) {
            return 0;
        }
        try {
            int columns = Integer.parseInt(variables.getOrDefault("COLUMNS", ""));
            return columns > 0 ? columns : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From JDK 22 a console exists even when output is redirected; isTerminal() (JDK 22+) tells the truth.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}

package dev.httpcodes.core.rules;

import java.util.List;

/**
 * The status patterns rules and signals use: {@code "*"} (any), a class {@code "4xx"}, a code {@code "404"} or an
 * inclusive range {@code "520-527"}. The build validates the syntax, so a pattern here is well formed.
 */
public final class CodePattern {
    private CodePattern() {
    }

    public static boolean matches(String pattern, int code) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith("xx")) {
            return code / 100 == pattern.charAt(0) - '0';
        }
        int dash = pattern.indexOf('-');
        if (dash > 0) {
            return code >= Integer.parseInt(pattern.substring(0, dash))
                    && code <= Integer.parseInt(pattern.substring(dash + 1));
        }
        return code == Integer.parseInt(pattern);
    }

    /** True when any of the patterns matches; an empty list matches every code. */
    public static boolean anyMatches(List<String> patterns, int code) {
        if (patterns.isEmpty()) {
            return true;
        }
        for (String p : patterns) {
            if (matches(p, code)) {
                return true;
            }
        }
        return false;
    }
}

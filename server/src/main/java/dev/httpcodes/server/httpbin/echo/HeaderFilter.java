package dev.httpcodes.server.httpbin.echo;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Which request headers the echoes leave out: names matched whole, case-insensitively, {@code *} as a wildcard. */
final class HeaderFilter {
    /** Shows every header: for the raw dump, which go-httpbin writes unfiltered. */
    static final HeaderFilter NONE = new HeaderFilter(List.of());

    private final Pattern excluded;

    HeaderFilter(List<String> patterns) {
        String alternatives = patterns.stream().map(String::trim).filter(p -> !p.isEmpty())
                .map(HeaderFilter::toRegex).collect(Collectors.joining("|"));
        this.excluded = alternatives.isEmpty() ? null
                : Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean shows(String name) {
        return excluded == null || !excluded.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder("(?:");
        String[] literals = glob.split("\\*", -1);
        for (int i = 0; i < literals.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            if (!literals[i].isEmpty()) {
                regex.append(Pattern.quote(literals[i].toLowerCase(Locale.ROOT)));
            }
        }
        return regex.append(')').toString();
    }
}

package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** {@code uri-reference}: the field, when present, must be a URI-reference (RFC 3986 §4.1): ASCII, no spaces. */
public final class UriReference implements Check {
    private static final Pattern ASCII_NO_SPACE = Pattern.compile("^[\\x21-\\x7e]*$");
    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        for (String field : rule.fields()) {
            c.response().headers().first(field).ifPresent(v -> {
                if (!valid(v.strip())) {
                    out.add(rule, c, field, "value", v);
                }
            });
        }
    }

    static boolean valid(String value) {
        if (!ASCII_NO_SPACE.matcher(value).matches() || BAD_PERCENT.matcher(value).find()) {
            return false;
        }
        try {
            new URI(value);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

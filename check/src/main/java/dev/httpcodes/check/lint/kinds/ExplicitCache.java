package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code explicit-cache}: Cache-Control gives shared or private caches a positive lifetime (RFC 9111 §5.2.2). */
public final class ExplicitCache implements Check {
    private static final Pattern AGE = Pattern.compile("(?:^|,)\\s*(s-maxage|max-age)\\s*=\\s*\"?([0-9]+)\"?");

    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        String cc = String.join(",", c.response().headers().all("Cache-Control"));
        String lower = cc.toLowerCase(Locale.ROOT);
        if (lower.contains("no-store") || lower.contains("no-cache")) {
            return;
        }
        long seconds = -1;
        Matcher m = AGE.matcher(lower);
        while (m.find()) {
            try {
                seconds = Math.max(seconds, Long.parseLong(m.group(2)));
            } catch (NumberFormatException e) {
                seconds = Long.MAX_VALUE;
            }
        }
        if (seconds > 0) {
            out.add(rule, c, rule.field(), "seconds", Long.toString(seconds), "value", cc);
        }
    }
}

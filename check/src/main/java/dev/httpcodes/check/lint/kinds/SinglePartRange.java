package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import java.util.Locale;

/** {@code single-part-range}: a 206 that is not multipart/byteranges must carry the rule's field. */
public final class SinglePartRange implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        String type = c.response().headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/byteranges")) {
            return;
        }
        for (String field : rule.fields()) {
            if (!c.response().headers().has(field)) {
                out.add(rule, c, field);
            }
        }
    }
}

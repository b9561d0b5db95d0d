package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;

/** {@code header-missing}: each field of the rule must be present. */
public final class HeaderMissing implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        for (String field : rule.fields()) {
            if (!c.response().headers().has(field)) {
                out.add(rule, c, field);
            }
        }
    }

    @Override
    public boolean interimToo() {
        return true;
    }
}

package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;

/** {@code header-present}: none of the rule's fields may be present; the value is quoted. */
public final class HeaderPresent implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        for (String field : rule.fields()) {
            c.response().headers().first(field).ifPresent(v -> out.add(rule, c, field, "value", v));
        }
    }

    @Override
    public boolean interimToo() {
        return true;
    }
}

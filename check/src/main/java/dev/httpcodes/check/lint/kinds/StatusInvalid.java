package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;

/** {@code status-invalid}: a status outside 100-599 (RFC 9110 §15). */
public final class StatusInvalid implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        if (c.status() < 100 || c.status() > 599) {
            out.add(rule, c, rule.field());
        }
    }
}

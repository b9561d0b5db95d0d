package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;

/** {@code informational-final}: an interim status where the final response should be (101 is final). */
public final class InformationalFinal implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        if (c.status() != 101) {
            out.add(rule, c, rule.field());
        }
    }
}

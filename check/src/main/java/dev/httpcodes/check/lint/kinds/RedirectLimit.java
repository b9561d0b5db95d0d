package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;

/** {@code redirect-limit}: the last hop still redirects when the limit stopped the chain. */
public final class RedirectLimit implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        if (c.chain().limitReached() && c.last()) {
            out.add(rule, c, rule.field(), "value", Integer.toString(c.chain().redirectLimit()));
        }
    }
}

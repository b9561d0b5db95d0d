package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import dev.httpcodes.check.fetch.Fetcher;

/** {@code method-change}: a redirect on which user agents change the request's method. */
public final class MethodChange implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        String method = c.hop().method();
        if (!Fetcher.nextMethod(c.status(), method).equals(method)) {
            out.add(rule, c, rule.field(), "method", method);
        }
    }
}

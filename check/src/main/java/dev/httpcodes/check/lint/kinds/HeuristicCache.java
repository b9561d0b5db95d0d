package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;

/** {@code heuristic-cache}: a response cacheable by default with no explicit freshness (RFC 9111 §4.2.2). */
public final class HeuristicCache implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        var h = c.response().headers();
        if (!h.has("Cache-Control") && !h.has("Expires")) {
            out.add(rule, c, rule.field());
        }
    }
}

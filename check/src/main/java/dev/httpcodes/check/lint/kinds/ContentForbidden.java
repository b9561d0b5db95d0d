package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;

/**
 * {@code content-forbidden}: no bytes may follow the header section. Only judged where the source shows the bytes
 * as sent (our own HTTP/1.1 connection, a transcript, a HAR file's recorded content).
 */
public final class ContentForbidden implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        if (c.hop().bodyExact() && c.hop().body().length > 0) {
            out.add(rule, c, rule.field(), "value",
                    c.hop().body().length + (c.hop().bodyTruncated() ? "+" : ""));
        }
    }
}

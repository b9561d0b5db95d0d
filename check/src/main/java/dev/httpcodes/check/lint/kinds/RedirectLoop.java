package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import dev.httpcodes.check.fetch.Fetcher;
import java.net.URI;
import java.util.Optional;

/** {@code redirect-loop}: the redirect leads to a request already made in this chain (same method and URL). */
public final class RedirectLoop implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        Optional<URI> target = c.redirectTarget();
        if (target.isEmpty()) {
            return;
        }
        String method = Fetcher.nextMethod(c.status(), c.hop().method());
        for (int i = 0; i <= c.index(); i++) {
            var earlier = c.chain().hops().get(i);
            if (earlier.method().equals(method) && earlier.url().equals(target.get().toString())) {
                out.add(rule, c, rule.field(), "url", target.get().toString());
                return;
            }
        }
    }
}

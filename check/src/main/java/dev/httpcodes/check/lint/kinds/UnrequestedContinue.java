package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import java.util.Locale;

/** {@code unrequested-continue}: a 100 to a request that did not ask for it (when the request is known). */
public final class UnrequestedContinue implements Check {
    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        var request = c.hop().requestHeaders();
        if (request.list().isEmpty()) {
            return;
        }
        boolean asked = request.all("Expect").stream()
                .anyMatch(v -> v.strip().toLowerCase(Locale.ROOT).equals("100-continue"));
        if (!asked) {
            out.add(rule, c, rule.field());
        }
    }

    @Override
    public boolean interimToo() {
        return true;
    }
}

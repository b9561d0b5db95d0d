package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Standing;
import java.util.List;

/**
 * {@code status-unregistered} and {@code status-unknown}: a valid status that IANA has not registered, named with
 * its most common meaning and vendor from the registry; or one the registry does not know at all.
 */
public final class StatusStanding implements Check {
    private final boolean known;

    /** @param known true for codes the registry has (unregistered), false for codes it lacks (unknown) */
    public StatusStanding(boolean known) {
        this.known = known;
    }

    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        int code = c.status();
        if (code < 100 || code > 599) {
            return;
        }
        List<Entry> meanings = c.registry().find(code);
        String statusClass = (code / 100) + "xx";
        if (meanings.isEmpty()) {
            if (!known) {
                out.add(rule, c, rule.field(), "class", statusClass);
            }
            return;
        }
        if (!known || meanings.stream().anyMatch(e -> e.standing().isRegistered())) {
            return;
        }
        Entry e = meanings.get(0);
        String vendor = e.vendor().map(v -> v.name().in(out.lang()))
                .orElse(c.registry().label(e.standing()).name().in(out.lang()));
        out.add(rule, c, rule.field(), "phrase", e.phrase(), "vendor", vendor, "class", statusClass);
    }
}

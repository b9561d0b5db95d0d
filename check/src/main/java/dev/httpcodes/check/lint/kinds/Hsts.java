package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import dev.httpcodes.check.http.Hop;
import java.net.URI;
import java.util.Optional;

/**
 * The HSTS checks (RFC 6797): {@code hsts-over-http} (the field sent over plain HTTP), {@code hsts-after-upgrade}
 * (an HTTP to HTTPS redirect whose HTTPS answer sends no HSTS) and {@code hsts-upgrade-temporary} (an HSTS host
 * upgrading with a temporary redirect).
 */
public final class Hsts implements Check {
    private static final String FIELD = "Strict-Transport-Security";

    public enum Aspect { OVER_HTTP, AFTER_UPGRADE, UPGRADE_TEMPORARY }

    private final Aspect aspect;

    public Hsts(Aspect aspect) {
        this.aspect = aspect;
    }

    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        Optional<URI> url = c.url();
        if (url.isEmpty() || !"http".equalsIgnoreCase(url.get().getScheme())) {
            return;
        }
        if (aspect == Aspect.OVER_HTTP) {
            if (c.response().headers().has(FIELD)) {
                out.add(rule, c, FIELD);
            }
            return;
        }
        Optional<URI> target = c.redirectTarget();
        Optional<Hop> next = c.next();
        if (target.isEmpty() || !"https".equalsIgnoreCase(target.get().getScheme()) || next.isEmpty()
                || !next.get().url().equals(target.get().toString())) {
            return;
        }
        boolean hsts = next.get().headers().has(FIELD);
        if (aspect == Aspect.AFTER_UPGRADE && !hsts) {
            out.add(rule, c, FIELD, "url", next.get().url());
        } else if (aspect == Aspect.UPGRADE_TEMPORARY && hsts) {
            out.add(rule, c, rule.field());
        }
    }
}

package dev.httpcodes.check.lint;

import dev.httpcodes.check.lint.kinds.ContentForbidden;
import dev.httpcodes.check.lint.kinds.ExplicitCache;
import dev.httpcodes.check.lint.kinds.HeaderMissing;
import dev.httpcodes.check.lint.kinds.HeaderPresent;
import dev.httpcodes.check.lint.kinds.HeuristicCache;
import dev.httpcodes.check.lint.kinds.Hsts;
import dev.httpcodes.check.lint.kinds.InformationalFinal;
import dev.httpcodes.check.lint.kinds.MethodChange;
import dev.httpcodes.check.lint.kinds.ProblemJson;
import dev.httpcodes.check.lint.kinds.RedirectLimit;
import dev.httpcodes.check.lint.kinds.RedirectLoop;
import dev.httpcodes.check.lint.kinds.RetryAfterSyntax;
import dev.httpcodes.check.lint.kinds.SinglePartRange;
import dev.httpcodes.check.lint.kinds.StatusInvalid;
import dev.httpcodes.check.lint.kinds.StatusStanding;
import dev.httpcodes.check.lint.kinds.UnrequestedContinue;
import dev.httpcodes.check.lint.kinds.UriReference;
import java.util.Map;
import java.util.Set;

/** The one table from a rule's {@code check} (as the data names it) to the code that runs it. */
public final class CheckTable {
    private static final Map<String, Check> CHECKS = Map.ofEntries(
            Map.entry("header-missing", new HeaderMissing()),
            Map.entry("header-present", new HeaderPresent()),
            Map.entry("uri-reference", new UriReference()),
            Map.entry("single-part-range", new SinglePartRange()),
            Map.entry("content-forbidden", new ContentForbidden()),
            Map.entry("retry-after", new RetryAfterSyntax()),
            Map.entry("redirect-loop", new RedirectLoop()),
            Map.entry("redirect-limit", new RedirectLimit()),
            Map.entry("method-change", new MethodChange()),
            Map.entry("informational-final", new InformationalFinal()),
            Map.entry("unrequested-continue", new UnrequestedContinue()),
            Map.entry("status-invalid", new StatusInvalid()),
            Map.entry("status-unregistered", new StatusStanding(true)),
            Map.entry("status-unknown", new StatusStanding(false)),
            Map.entry("problem-json-object", new ProblemJson(ProblemJson.Aspect.OBJECT)),
            Map.entry("problem-json-status", new ProblemJson(ProblemJson.Aspect.STATUS)),
            Map.entry("problem-json-members", new ProblemJson(ProblemJson.Aspect.MEMBERS)),
            Map.entry("heuristic-cache", new HeuristicCache()),
            Map.entry("explicit-cache", new ExplicitCache()),
            Map.entry("hsts-over-http", new Hsts(Hsts.Aspect.OVER_HTTP)),
            Map.entry("hsts-after-upgrade", new Hsts(Hsts.Aspect.AFTER_UPGRADE)),
            Map.entry("hsts-upgrade-temporary", new Hsts(Hsts.Aspect.UPGRADE_TEMPORARY)));

    private CheckTable() {
    }

    static Check get(String kind) {
        Check check = CHECKS.get(kind);
        if (check == null) {
            throw new IllegalStateException("no check named " + kind + " (the build validates rule checks)");
        }
        return check;
    }

    public static Set<String> kinds() {
        return CHECKS.keySet();
    }
}

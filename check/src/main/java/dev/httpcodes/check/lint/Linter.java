package dev.httpcodes.check.lint;

import dev.httpcodes.check.http.Chain;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.Response;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.rules.CheckKnowledge;
import dev.httpcodes.core.rules.LintRule;
import java.util.List;

/** Applies every rule that fits a hop's status (and its interim responses' statuses) and returns the findings. */
public final class Linter {
    private final CheckKnowledge knowledge;
    private final Registry registry;

    public Linter(CheckKnowledge knowledge, Registry registry) {
        this.knowledge = knowledge;
        this.registry = registry;
    }

    public List<Finding> lint(Chain chain, int index, Lang lang) {
        Findings findings = new Findings(lang);
        Hop hop = chain.hops().get(index);
        for (Response interim : hop.interim()) {
            findings.about(interim.status());
            run(new HopContext(chain, index, interim, true, registry), findings);
        }
        findings.about(0);
        run(new HopContext(chain, index, hop.response(), false, registry), findings);
        return findings.list();
    }

    private void run(HopContext context, Findings findings) {
        for (LintRule rule : knowledge.rules()) {
            if (!rule.appliesTo(context.status())) {
                continue;
            }
            Check check = CheckTable.get(rule.check());
            if (!context.interim() || check.interimToo()) {
                check.run(rule, context, findings);
            }
        }
    }
}

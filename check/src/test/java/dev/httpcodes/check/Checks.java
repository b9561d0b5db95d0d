package dev.httpcodes.check;

import dev.httpcodes.check.fetch.FetchOptions;
import dev.httpcodes.check.lint.Finding;
import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.HopReport;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.rules.CheckKnowledge;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Shortcuts the check tests share. */
final class Checks {
    static final Registry REGISTRY = Registry.standard();
    static final CheckKnowledge KNOWLEDGE = CheckKnowledge.standard();
    static final Checker CHECKER = new Checker(REGISTRY, KNOWLEDGE);

    private Checks() {
    }

    static CheckReport live(String url) throws InterruptedException {
        return live(url, FetchOptions.get().withTimeout(Duration.ofSeconds(10)));
    }

    static CheckReport live(String url, FetchOptions options) throws InterruptedException {
        return CHECKER.live(URI.create(url), options, Lang.EN);
    }

    static Set<String> rules(HopReport hop) {
        Set<String> ids = new TreeSet<>();
        for (Finding f : hop.findings()) {
            ids.add(f.rule());
        }
        return ids;
    }

    static Finding finding(HopReport hop, String rule) {
        return hop.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + rule + " in " + hop.findings()));
    }

    /** The level the data gives a rule, so tests never restate it. */
    static String level(String rule) {
        return KNOWLEDGE.rule(rule).orElseThrow().level();
    }

    static List<HopReport> hops(CheckReport r) {
        return r.hops();
    }
}

package dev.httpcodes.check;

import dev.httpcodes.check.fetch.FetchOptions;
import dev.httpcodes.check.fetch.Fetcher;
import dev.httpcodes.check.http.Chain;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.NetworkFailure;
import dev.httpcodes.check.lint.Linter;
import dev.httpcodes.check.producer.Attribution;
import dev.httpcodes.check.producer.Attributor;
import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.HopReport;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.rules.CheckKnowledge;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fetches or reads a chain, lints and attributes every hop, and returns the report. */
public final class Checker {
    private final Registry registry;
    private final CheckKnowledge knowledge;
    private final Linter linter;
    private final Attributor attributor;

    public Checker(Registry registry, CheckKnowledge knowledge) {
        this.registry = registry;
        this.knowledge = knowledge;
        this.linter = new Linter(knowledge, registry);
        this.attributor = new Attributor(knowledge);
    }

    /** Follows {@code url} live. */
    public CheckReport live(URI url, FetchOptions options, Lang lang) throws InterruptedException {
        return report("url", url.toString(), new Fetcher(options).fetch(url), lang);
    }

    /** Lints a chain read from a HAR file or a transcript. */
    public CheckReport report(String input, String source, Chain chain, Lang lang) {
        List<HopReport> hops = new ArrayList<>();
        for (int i = 0; i < chain.hops().size(); i++) {
            Hop hop = chain.hops().get(i);
            Attribution a = attributor.attribute(hop.status(), hop.headers(), hop.body(), lang);
            hops.add(new HopReport(hop, meaning(hop.status(), a), a, linter.lint(chain, i, lang)));
        }
        Optional<NetworkFailure> failure = chain.failure();
        Optional<String> message = failure.map(f -> knowledge.failure(f.kind())
                .map(t -> dev.httpcodes.check.lint.Findings.fill(t.in(lang), Map.of("detail", f.detail())))
                .orElse(f.detail()));
        return new CheckReport(input, source, hops, failure, message, lang);
    }

    /** The entry that explains the status: the IIS sub-status the body names, else the number's first meaning. */
    private Optional<Entry> meaning(int status, Attribution a) {
        if (a.subStatus().isPresent()) {
            Optional<Entry> sub = registry.findById(a.subStatus().get());
            if (sub.isPresent() && sub.get().code().code() == status) {
                return sub;
            }
        }
        if (status < 0 || status > 999) {
            return Optional.empty();
        }
        List<Entry> meanings = registry.find(status);
        return meanings.isEmpty() ? Optional.empty() : Optional.of(meanings.get(0));
    }
}

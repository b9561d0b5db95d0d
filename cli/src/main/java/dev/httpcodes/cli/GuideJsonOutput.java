package dev.httpcodes.cli;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.core.guide.DecisionFlow;
import dev.httpcodes.json.EntryJson;
import dev.httpcodes.json.GuideJson;
import java.io.PrintStream;
import java.util.Optional;

/** {@code --json} of {@code which} and {@code compare}; apart, like {@link JsonOutput}, so text runs never load Jackson. */
final class GuideJsonOutput {
    private GuideJsonOutput() {
    }

    static void flow(PrintStream out, Registry registry, Lang lang, DecisionFlow flow) {
        out.println(EntryJson.pretty(new GuideJson(registry, lang).flow(flow)));
    }

    static void walk(PrintStream out, Registry registry, Lang lang, DecisionFlow.Walk walk) {
        out.println(EntryJson.pretty(new GuideJson(registry, lang).walk(walk)));
    }

    static void comparison(PrintStream out, Registry registry, Lang lang, Entry a, Entry b, Optional<Comparison> c) {
        out.println(EntryJson.pretty(new GuideJson(registry, lang).comparison(a, b, c)));
    }
}

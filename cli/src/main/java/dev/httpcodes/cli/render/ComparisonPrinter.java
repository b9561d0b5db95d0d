package dev.httpcodes.cli.render;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.HeaderRule;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Semantics;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.ui.GuideText;
import dev.httpcodes.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prints two entries attribute by attribute (one row per attribute, one line per code, so it reads the same in a
 * narrow terminal and in a pipe), then the hand-written distinction.
 */
public final class ComparisonPrinter {
    private final Registry registry;
    private final Terminal term;

    public ComparisonPrinter(Registry registry, Terminal term) {
        this.registry = registry;
        this.term = term;
    }

    public void print(Entry a, Entry b, Optional<Comparison> comparison) {
        Lang lang = term.lang();
        Style style = term.style();
        term.line(style.bold(GuideText.COMPARE_TITLE.format(lang, a.id() + " " + a.phrase(),
                b.id() + " " + b.phrase())));
        row(GuideText.NAME.in(lang), a, b, e -> e.title().in(lang));
        row(term.t(UiText.CLASS), a, b, e -> e.statusClass().id() + " "
                + registry.label(e.statusClass()).name().in(lang));
        row(term.t(UiText.STANDING), a, b, e -> registry.label(e.standing()).name().in(lang));
        if (a.vendor().isPresent() || b.vendor().isPresent()) {
            row(term.t(UiText.VENDOR), a, b, e -> e.vendor().map(v -> v.name().in(lang))
                    .orElse(GuideText.NONE.in(lang)));
        }
        row(GuideText.SUMMARY.in(lang), a, b, e -> e.summary().in(lang));
        row(term.t(UiText.CACHEABLE), a, b, e -> semantics(e, s -> term.t(s.cacheable() ? UiText.YES : UiText.NO)));
        row(term.t(UiText.CONTENT), a, b, e -> semantics(e,
                s -> term.t(s.contentAllowed() ? UiText.CONTENT_ALLOWED : UiText.CONTENT_NONE)));
        row(term.t(UiText.RETRY), a, b, e -> semantics(e, s -> term.t(UiText.forRetry(s.retry()))));
        if (hasRedirect(a) || hasRedirect(b)) {
            row(term.t(UiText.REDIRECT), a, b, e -> semantics(e, s -> s.redirect()
                    .map(r -> term.t(UiText.forRedirect(r))).orElse(GuideText.NONE.in(lang))));
        }
        row(term.t(UiText.HEADERS), a, b, e -> semantics(e, ComparisonPrinter::headers));
        if (hasGrpc(a) || hasGrpc(b)) {
            row(term.t(UiText.GRPC), a, b, e -> semantics(e, s -> s.grpc().isEmpty() ? GuideText.NONE.in(lang)
                    : String.join(", ", s.grpc())));
        }
        term.blank();
        term.line(style.bold(GuideText.HOW_TO_TELL.in(lang)));
        term.wrapped(comparison.map(c -> c.distinction().in(lang)).orElse(GuideText.NO_DISTINCTION.in(lang)), "  ");
    }

    private void row(String name, Entry a, Entry b, Function<Entry, String> value) {
        term.blank();
        term.line(term.style().bold(name));
        term.wrapped(a.id() + ": " + value.apply(a), "  ");
        term.wrapped(b.id() + ": " + value.apply(b), "  ");
    }

    private String semantics(Entry e, Function<Semantics, String> value) {
        return e.semantics().map(value).orElse(GuideText.NONE.in(term.lang()));
    }

    private static String headers(Semantics s) {
        List<String> names = new ArrayList<>();
        for (HeaderRule h : s.headers()) {
            names.add(h.name() + " (" + h.requirement().id() + ")");
        }
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    private static boolean hasRedirect(Entry e) {
        return e.semantics().map(s -> s.redirect().isPresent()).orElse(false);
    }

    private static boolean hasGrpc(Entry e) {
        return e.semantics().map(s -> !s.grpc().isEmpty()).orElse(false);
    }
}

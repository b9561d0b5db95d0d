package dev.httpcodes.cli.render;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.HeaderRule;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.LocalizedText;
import dev.httpcodes.core.Reference;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Semantics;
import dev.httpcodes.core.markup.CodeSpans;
import dev.httpcodes.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Prints one entry in full, as {@code httpcodes show} does. Written with loops rather than lambdas and streams: it
 * is on the path of every cold {@code httpcodes 404}, where each first use of a lambda costs milliseconds.
 */
public final class EntryPrinter {
    private final Registry registry;
    private final Terminal term;

    public EntryPrinter(Registry registry, Terminal term) {
        this.registry = registry;
        this.term = term;
    }

    public void print(Entry e, boolean verbose) {
        Lang lang = term.lang();
        Style style = term.style();
        term.line(style.byClass(e.statusClass(), e.id()) + " " + style.bold(e.phrase()) + " · " + e.title().zh()
                + (lang == Lang.EN && !e.title().en().equals(e.phrase()) ? " · " + e.title().en() : ""));
        List<String> facts = new ArrayList<>();
        facts.add(term.t(UiText.CLASS) + ": " + e.statusClass().id() + " "
                + registry.label(e.statusClass()).name().in(lang));
        facts.add(term.t(UiText.STANDING) + ": " + registry.label(e.standing()).name().in(lang));
        if (e.vendor().isPresent()) {
            facts.add(term.t(UiText.VENDOR) + ": " + e.vendor().get().name().in(lang));
        }
        term.wrapped(style.dim(String.join(" · ", facts)), "");
        if (!e.aliases().isEmpty()) {
            term.wrapped(term.t(UiText.ALSO_KNOWN_AS) + ": " + String.join(", ", e.aliases()), "");
        }
        term.blank();
        term.wrapped(style.bold(CodeSpans.plain(e.summary().in(lang))), "");
        term.blank();
        term.wrapped(style.text(e.description().in(lang)), "");
        if (e.history().isPresent()) {
            term.blank();
            heading(UiText.HISTORY);
            term.wrapped(style.text(e.history().get().in(lang)), "  ");
        }
        if (!e.misconceptions().isEmpty()) {
            term.blank();
            heading(UiText.MISCONCEPTIONS);
            for (LocalizedText m : e.misconceptions()) {
                term.wrapped("- " + style.text(m.in(lang)), "    ");
            }
        }
        if (e.semantics().isPresent()) {
            semantics(e.semantics().get());
        }
        List<Entry> subs = e.code().hasSubcode() ? List.of() : registry.subStatuses(e.code().code());
        if (!subs.isEmpty() && e.standing().isRegistered()) {
            term.blank();
            heading(UiText.SUB_STATUSES);
            StringJoiner ids = new StringJoiner(" ");
            for (Entry sub : subs) {
                ids.add(sub.id());
            }
            term.wrapped(ids.toString(), "  ");
        }
        List<Entry> others = new ArrayList<>();
        for (Entry o : registry.find(e.code())) {
            if (o != e) {
                others.add(o);
            }
        }
        if (!others.isEmpty()) {
            term.blank();
            heading(UiText.OTHER_MEANINGS);
            for (Entry o : others) {
                term.wrapped(o.id() + "  " + o.phrase() + " · " + o.title().in(lang), "  ");
            }
        }
        if (!e.related().isEmpty()) {
            term.blank();
            heading(UiText.RELATED);
            StringJoiner related = new StringJoiner(" · ");
            for (String id : e.related()) {
                Optional<Entry> r = registry.findById(id);
                related.add(r.isPresent() ? id + " " + r.get().phrase() : id);
            }
            term.wrapped(related.toString(), "  ");
        }
        term.blank();
        heading(UiText.REFERENCES);
        for (Reference r : e.references()) {
            term.wrapped(r.label() + "  " + r.url(), "  ");
        }
        if (!e.troubleshooting().isEmpty()) {
            term.blank();
            if (verbose) {
                heading(UiText.TROUBLESHOOTING);
                new TroubleshootingPrinter(registry, term).print(e.troubleshooting());
            } else {
                term.wrapped(style.dim(UiText.MORE_WITH_VERBOSE.format(lang, e.troubleshooting().size(), e.id())), "");
            }
        }
    }

    private void semantics(Semantics s) {
        Lang lang = term.lang();
        term.blank();
        heading(UiText.SEMANTICS);
        term.wrapped(term.t(UiText.CACHEABLE) + ": " + term.t(s.cacheable() ? UiText.YES : UiText.NO), "  ");
        term.wrapped(term.t(UiText.CONTENT) + ": "
                + term.t(s.contentAllowed() ? UiText.CONTENT_ALLOWED : UiText.CONTENT_NONE), "  ");
        if (!s.headers().isEmpty()) {
            term.wrapped(term.t(UiText.HEADERS) + ":", "  ");
            for (HeaderRule h : s.headers()) {
                String line = h.name() + " (" + h.requirement().id()
                        + (h.request() ? ", " + term.t(UiText.REQUEST_FIELD) : "") + ")"
                        + (h.note().isPresent() ? " — " + term.style().text(h.note().get().in(lang)) : "");
                term.wrapped(line, "    ");
            }
        }
        if (s.redirect().isPresent()) {
            term.wrapped(term.t(UiText.REDIRECT) + ": " + term.t(UiText.forRedirect(s.redirect().get())), "  ");
        }
        term.wrapped(term.t(UiText.RETRY) + ": " + term.t(UiText.forRetry(s.retry())), "  ");
        if (!s.grpc().isEmpty()) {
            term.wrapped(term.t(UiText.GRPC) + ": " + String.join(", ", s.grpc()), "  ");
        }
        if (s.note().isPresent()) {
            term.wrapped(term.style().text(s.note().get().in(lang)), "  ");
        }
    }

    private void heading(UiText text) {
        term.line(term.style().bold(term.t(text)));
    }
}

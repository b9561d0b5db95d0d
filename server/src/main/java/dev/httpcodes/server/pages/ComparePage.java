package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.HeaderRule;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Semantics;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.GuideText;
import dev.httpcodes.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code /compare/{a}/{b}}: two entries in a table, one column each, and {@code /compare}: the known pairs. */
public final class ComparePage {
    private final Registry registry;
    private final SiteUrls urls;

    ComparePage(Registry registry, SiteUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    String render(Entry a, Entry b, Optional<Comparison> comparison, Lang lang) {
        StringBuilder h = new StringBuilder(8 * 1024);
        h.append("<article class=\"compare\">\n<h1>").append(esc(GuideText.COMPARE_TITLE.format(lang,
                a.id() + " " + a.phrase(), b.id() + " " + b.phrase()))).append("</h1>\n")
                .append("<table class=\"compare\">\n<thead><tr><td></td><th scope=\"col\">")
                .append(EntryLink.html(a, lang, urls)).append("</th><th scope=\"col\">")
                .append(EntryLink.html(b, lang, urls)).append("</th></tr></thead>\n<tbody>\n");
        row(h, GuideText.NAME.in(lang), a, b, e -> e.title().in(lang));
        row(h, UiText.CLASS.in(lang), a, b, e -> e.statusClass().id() + " "
                + registry.label(e.statusClass()).name().in(lang));
        row(h, UiText.STANDING.in(lang), a, b, e -> registry.label(e.standing()).name().in(lang));
        row(h, UiText.VENDOR.in(lang), a, b, e -> e.vendor().map(v -> v.name().in(lang))
                .orElse(GuideText.NONE.in(lang)));
        row(h, GuideText.SUMMARY.in(lang), a, b, e -> e.summary().in(lang));
        row(h, UiText.CACHEABLE.in(lang), a, b, e -> sem(e, lang, s -> (s.cacheable() ? UiText.YES : UiText.NO)
                .in(lang)));
        row(h, UiText.CONTENT.in(lang), a, b, e -> sem(e, lang, s -> (s.contentAllowed() ? UiText.CONTENT_ALLOWED
                : UiText.CONTENT_NONE).in(lang)));
        row(h, UiText.RETRY.in(lang), a, b, e -> sem(e, lang, s -> UiText.forRetry(s.retry()).in(lang)));
        row(h, UiText.REDIRECT.in(lang), a, b, e -> sem(e, lang, s -> s.redirect()
                .map(r -> UiText.forRedirect(r).in(lang)).orElse(GuideText.NONE.in(lang))));
        row(h, UiText.HEADERS.in(lang), a, b, e -> sem(e, lang, s -> headers(s, lang)));
        row(h, UiText.GRPC.in(lang), a, b, e -> sem(e, lang, s -> s.grpc().isEmpty() ? GuideText.NONE.in(lang)
                : String.join(", ", s.grpc())));
        h.append("</tbody>\n</table>\n<section>\n<h2>").append(esc(GuideText.HOW_TO_TELL.in(lang)))
                .append("</h2>\n<p>").append(esc(comparison.map(c -> c.distinction().in(lang))
                        .orElse(GuideText.NO_DISTINCTION.in(lang)))).append("</p>\n</section>\n</article>\n");
        return h.toString();
    }

    String index(List<Comparison> pairs, Lang lang) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<h1>").append(esc(GuideText.COMPARE_PAIRS.in(lang))).append("</h1>\n<p>")
                .append(esc(GuideText.COMPARE_PAIRS_INTRO.in(lang))).append("</p>\n<ul class=\"links\">\n");
        for (Comparison c : pairs) {
            Entry a = registry.getById(c.first());
            Entry b = registry.getById(c.second());
            h.append("<li><a href=\"").append(esc(urls.path(PageAddress.compare(a.id(), b.id()), lang))).append("\">")
                    .append(esc(a.id() + " " + a.phrase() + " / " + b.id() + " " + b.phrase())).append("</a></li>\n");
        }
        return h.append("</ul>\n").toString();
    }

    private static void row(StringBuilder h, String name, Entry a, Entry b, Function<Entry, String> value) {
        h.append("<tr><th scope=\"row\">").append(esc(name)).append("</th><td>").append(esc(value.apply(a)))
                .append("</td><td>").append(esc(value.apply(b))).append("</td></tr>\n");
    }

    private static String sem(Entry e, Lang lang, Function<Semantics, String> value) {
        return e.semantics().map(value).orElse(GuideText.NONE.in(lang));
    }

    private static String headers(Semantics s, Lang lang) {
        List<String> names = new ArrayList<>();
        for (HeaderRule r : s.headers()) {
            names.add(r.name() + (lang == Lang.ZH ? "" : " ") + UiText.parenthesized(lang, r.requirement().id()));
        }
        return names.isEmpty() ? GuideText.NONE.in(lang) : String.join(UiText.listSeparator(lang), names);
    }
}

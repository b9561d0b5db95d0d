package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;
import static dev.httpcodes.server.pages.Html.text;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.HeaderRule;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.LocalizedText;
import dev.httpcodes.core.Reference;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Semantics;
import dev.httpcodes.core.Troubleshooting;
import dev.httpcodes.core.ui.UiText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.httpcodes.server.site.SiteUrls;

/** {@code /codes/{id}}: everything the knowledge base holds about one entry. */
public final class EntryPage {
    private final Registry registry;
    private final SiteUrls urls;

    EntryPage(Registry registry, SiteUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    /**
     * The page's main content.
     *
     * @param origin the scheme and authority for the "try it" line, already checked to be a plain host name
     */
    String render(Entry e, Lang lang, String origin) {
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("<article class=\"entry\">\n<h1 class=\"c").append(e.statusClass().id()).append("\"><span class=\"code\">")
                .append(esc(e.id())).append("</span> ").append(esc(e.phrase())).append("</h1>\n")
                .append("<p class=\"title-zh\" lang=\"zh-CN\">").append(esc(e.title().zh())).append("</p>\n")
                .append("<ul class=\"badges\">\n<li class=\"badge class\">").append(esc(e.statusClass().id()))
                .append(' ').append(esc(registry.label(e.statusClass()).name().in(lang))).append("</li>\n")
                .append("<li class=\"badge s-").append(e.standing().id()).append("\">")
                .append(esc(registry.label(e.standing()).name().in(lang))).append("</li>\n");
        e.vendor().ifPresent(v -> b.append("<li class=\"badge vendor\">").append(esc(v.name().in(lang)))
                .append("</li>\n"));
        b.append("</ul>\n");
        if (!e.aliases().isEmpty()) {
            b.append("<p class=\"aliases\">").append(UiText.ALSO_KNOWN_AS.in(lang)).append(": ")
                    .append(esc(String.join(", ", e.aliases()))).append("</p>\n");
        }
        b.append("<p class=\"summary\">").append(text(e.summary().in(lang))).append("</p>\n")
                .append("<p>").append(text(e.description().in(lang))).append("</p>\n");
        e.history().ifPresent(h -> section(b, UiText.HISTORY, lang).append("<p>").append(text(h.in(lang)))
                .append("</p>\n</section>\n"));
        if (!e.misconceptions().isEmpty()) {
            section(b, UiText.MISCONCEPTIONS, lang).append("<ul class=\"misconceptions\">\n");
            for (LocalizedText m : e.misconceptions()) {
                b.append("<li>").append(text(m.in(lang))).append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        e.semantics().ifPresent(s -> semantics(b, s, lang));
        troubleshooting(b, e, lang);
        links(b, UiText.OTHER_MEANINGS, lang, otherMeanings(e));
        if (!e.code().hasSubcode()) {
            links(b, UiText.SUB_STATUSES, lang, registry.subStatuses(e.code().code()));
        }
        List<Entry> related = new ArrayList<>();
        for (String id : e.related()) {
            registry.findById(id).ifPresent(related::add);
        }
        links(b, UiText.RELATED, lang, related);
        section(b, UiText.REFERENCES, lang).append("<ul>\n");
        for (Reference r : e.references()) {
            b.append("<li><a href=\"").append(esc(r.url())).append("\" rel=\"noopener noreferrer\">")
                    .append(esc(r.label())).append("</a></li>\n");
        }
        b.append("</ul>\n</section>\n");
        section(b, UiText.TRY_IT, lang).append("<p>").append(UiText.TRY_IT_NOTE.in(lang)).append("</p>\n")
                .append("<pre><code>curl -i ").append(esc(origin)).append("/status/").append(esc(e.id()))
                .append("</code></pre>\n</section>\n</article>\n");
        return b.toString();
    }

    private List<Entry> otherMeanings(Entry e) {
        List<Entry> others = new ArrayList<>();
        for (Entry o : registry.find(e.code())) {
            if (o != e) {
                others.add(o);
            }
        }
        return others;
    }

    private void semantics(StringBuilder b, Semantics s, Lang lang) {
        section(b, UiText.SEMANTICS, lang).append("<dl class=\"semantics\">\n");
        term(b, UiText.CACHEABLE.in(lang), (s.cacheable() ? UiText.YES : UiText.NO).in(lang));
        term(b, UiText.CONTENT.in(lang), (s.contentAllowed() ? UiText.CONTENT_ALLOWED : UiText.CONTENT_NONE).in(lang));
        if (!s.headers().isEmpty()) {
            StringBuilder headers = new StringBuilder("<ul>");
            for (HeaderRule h : s.headers()) {
                headers.append("<li><code>").append(esc(h.name())).append("</code> (").append(esc(h.requirement().id()))
                        .append(h.request() ? ", " + UiText.REQUEST_FIELD.in(lang) : "").append(')');
                h.note().ifPresent(n -> headers.append(" — ").append(text(n.in(lang))));
                headers.append("</li>");
            }
            b.append("<dt>").append(UiText.HEADERS.in(lang)).append("</dt><dd>").append(headers).append("</ul></dd>\n");
        }
        s.redirect().ifPresent(r -> term(b, UiText.REDIRECT.in(lang), UiText.forRedirect(r).in(lang)));
        term(b, UiText.RETRY.in(lang), UiText.forRetry(s.retry()).in(lang));
        if (!s.grpc().isEmpty()) {
            term(b, UiText.GRPC.in(lang), String.join(", ", s.grpc()));
        }
        b.append("</dl>\n");
        s.note().ifPresent(n -> b.append("<p>").append(text(n.in(lang))).append("</p>\n"));
        b.append("</section>\n");
    }

    private void troubleshooting(StringBuilder b, Entry e, Lang lang) {
        if (e.troubleshooting().isEmpty()) {
            return;
        }
        Map<String, List<Troubleshooting>> byStack = new LinkedHashMap<>();
        for (Troubleshooting t : e.troubleshooting()) {
            byStack.computeIfAbsent(t.stack(), k -> new ArrayList<>()).add(t);
        }
        section(b, UiText.TROUBLESHOOTING, lang);
        for (Map.Entry<String, List<Troubleshooting>> group : byStack.entrySet()) {
            String name = registry.stack(group.getKey()).map(l -> l.name().in(lang)).orElse(group.getKey());
            b.append("<h3 id=\"stack-").append(esc(group.getKey())).append("\">").append(esc(name)).append("</h3>\n");
            for (Troubleshooting t : group.getValue()) {
                b.append("<div class=\"cause\"><p><strong>").append(UiText.CAUSE.in(lang)).append(":</strong> ")
                        .append(text(t.cause().in(lang))).append("</p>\n<ul>\n");
                for (LocalizedText fix : t.fixes()) {
                    b.append("<li>").append(text(fix.in(lang))).append("</li>\n");
                }
                b.append("</ul></div>\n");
            }
        }
        b.append("</section>\n");
    }

    private void links(StringBuilder b, UiText heading, Lang lang, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        section(b, heading, lang).append("<ul class=\"links\">\n");
        for (Entry r : entries) {
            b.append("<li>").append(EntryLink.html(r, lang, urls)).append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    private static StringBuilder section(StringBuilder b, UiText heading, Lang lang) {
        return b.append("<section>\n<h2>").append(heading.in(lang)).append("</h2>\n");
    }

    private static void term(StringBuilder b, String name, String value) {
        b.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }
}

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
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.UiText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /codes/{id}}: everything the knowledge base holds about one entry. */
public final class EntryPage {
    private final Registry registry;
    private final SiteUrls urls;

    EntryPage(Registry registry, SiteUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    /**
     * The page's main content, in the order a reader with a failing request needs it: what the code means, what to
     * do about it, what people get wrong, then the protocol facts, history and sources.
     *
     * @param origin the scheme and authority for the "try it" line, already checked to be a plain host name
     */
    String render(Entry e, Lang lang, String origin) {
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("<article class=\"entry\">\n");
        heading(b, e, lang);
        b.append("<ul class=\"badges\">\n<li class=\"badge class\">").append(esc(e.statusClass().id()))
                .append(' ').append(esc(registry.label(e.statusClass()).name().in(lang))).append("</li>\n")
                .append("<li class=\"badge s-").append(e.standing().id()).append("\">")
                .append(esc(registry.label(e.standing()).name().in(lang))).append("</li>\n");
        e.vendor().ifPresent(v -> b.append("<li class=\"badge vendor\">").append(esc(v.name().in(lang)))
                .append("</li>\n"));
        b.append("</ul>\n");
        section(b, "meaning", UiText.MEANING, lang);
        if (!e.aliases().isEmpty()) {
            b.append("<p class=\"aliases\">").append(UiText.ALSO_KNOWN_AS.label(lang))
                    .append(esc(String.join(UiText.listSeparator(lang), e.aliases()))).append("</p>\n");
        }
        b.append("<p class=\"summary\">").append(text(e.summary().in(lang))).append("</p>\n")
                .append("<p>").append(text(e.description().in(lang))).append("</p>\n</section>\n");
        troubleshooting(b, e, lang);
        if (!e.misconceptions().isEmpty()) {
            section(b, "misconceptions", UiText.MISCONCEPTIONS, lang).append("<ul class=\"misconceptions\">\n");
            for (LocalizedText m : e.misconceptions()) {
                b.append("<li>").append(text(m.in(lang))).append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        e.semantics().ifPresent(s -> semantics(b, s, lang));
        e.history().ifPresent(h -> section(b, "history", UiText.HISTORY, lang).append("<p>").append(text(h.in(lang)))
                .append("</p>\n</section>\n"));
        section(b, "references", UiText.REFERENCES, lang).append("<ul>\n");
        for (Reference r : e.references()) {
            b.append("<li><a href=\"").append(esc(r.url())).append("\" rel=\"noopener noreferrer\">")
                    .append(esc(r.label())).append("</a></li>\n");
        }
        b.append("</ul>\n</section>\n");
        links(b, "other-meanings", UiText.OTHER_MEANINGS, lang, otherMeanings(e));
        if (!e.code().hasSubcode()) {
            links(b, "sub-statuses", UiText.SUB_STATUSES, lang, registry.subStatuses(e.code().code()));
        }
        List<Entry> related = new ArrayList<>();
        for (String id : e.related()) {
            registry.findById(id).ifPresent(related::add);
        }
        links(b, "related", UiText.RELATED, lang, related);
        // app.js adds a copy button to each code block; its words come with the block, in the page's language.
        section(b, "try-it", UiText.TRY_IT, lang).append("<p>").append(UiText.TRY_IT_NOTE.in(lang)).append("</p>\n")
                .append("<pre class=\"copyable\" data-copy=\"").append(esc(UiText.COPY.in(lang)))
                .append("\" data-copy-label=\"").append(esc(UiText.COPY_CODE.in(lang)))
                .append("\" data-copied=\"").append(esc(UiText.COPIED.in(lang)))
                .append("\" data-copy-failed=\"").append(esc(UiText.COPY_FAILED.in(lang)))
                .append("\"><code>curl -i ").append(esc(origin)).append("/status/").append(esc(e.id()))
                .append("</code></pre>\n</section>\n</article>\n");
        return b.toString();
    }

    /**
     * The h1: on a Chinese page the Chinese name leads and the English phrase follows, smaller; on an English page
     * the phrase leads and the Chinese name is the line below.
     */
    private static void heading(StringBuilder b, Entry e, Lang lang) {
        b.append("<h1 class=\"c").append(e.statusClass().id()).append("\"><span class=\"code\">")
                .append(esc(e.id())).append("</span> ");
        if (lang == Lang.ZH) {
            b.append(esc(e.title().zh()));
            if (!e.title().zh().equals(e.phrase())) {
                b.append(" <span class=\"phrase\" lang=\"en\">").append(esc(e.phrase())).append("</span>");
            }
            b.append("</h1>\n");
        } else {
            b.append(esc(e.phrase())).append("</h1>\n<p class=\"title-zh\" lang=\"zh-CN\">")
                    .append(esc(e.title().zh())).append("</p>\n");
        }
    }

    /** The plain-text name for the page title, in the same order as the h1. */
    static String name(Entry e, Lang lang) {
        if (lang == Lang.ZH && !e.title().zh().equals(e.phrase())) {
            return e.id() + " " + e.title().zh() + " " + e.phrase();
        }
        return e.id() + " " + e.phrase();
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

    /** The protocol facts as a two-column table: a label and a short value per row. */
    private void semantics(StringBuilder b, Semantics s, Lang lang) {
        section(b, "semantics", UiText.SEMANTICS, lang).append("<table class=\"semantics\">\n<tbody>\n");
        row(b, UiText.CACHEABLE.in(lang), esc((s.cacheable() ? UiText.YES : UiText.NO).in(lang)));
        row(b, UiText.CONTENT.in(lang), esc((s.contentAllowed() ? UiText.CONTENT_ALLOWED : UiText.CONTENT_NONE)
                .in(lang)));
        if (!s.headers().isEmpty()) {
            StringBuilder headers = new StringBuilder("<ul class=\"fields\">");
            for (HeaderRule h : s.headers()) {
                String kind = esc(h.requirement().id()) + (h.request() ? UiText.listSeparator(lang)
                        + esc(UiText.REQUEST_FIELD.in(lang)) : "");
                headers.append("<li><code>").append(esc(h.name())).append("</code> ")
                        .append(UiText.parenthesized(lang, kind));
                h.note().ifPresent(n -> headers.append(" — ").append(text(n.in(lang))));
                headers.append("</li>");
            }
            row(b, UiText.HEADERS.in(lang), headers.append("</ul>").toString());
        }
        s.redirect().ifPresent(r -> row(b, UiText.REDIRECT.in(lang), esc(UiText.forRedirect(r).in(lang))));
        row(b, UiText.RETRY.in(lang), esc(UiText.forRetry(s.retry()).in(lang)));
        if (!s.grpc().isEmpty()) {
            row(b, UiText.GRPC.in(lang), esc(String.join(", ", s.grpc())));
        }
        b.append("</tbody>\n</table>\n");
        s.note().ifPresent(n -> b.append("<p>").append(text(n.in(lang))).append("</p>\n"));
        b.append("</section>\n");
    }

    /** Causes and fixes grouped by stack; with several stacks, a table of contents first. */
    private void troubleshooting(StringBuilder b, Entry e, Lang lang) {
        if (e.troubleshooting().isEmpty()) {
            return;
        }
        Map<String, List<Troubleshooting>> byStack = new LinkedHashMap<>();
        for (Troubleshooting t : e.troubleshooting()) {
            byStack.computeIfAbsent(t.stack(), k -> new ArrayList<>()).add(t);
        }
        section(b, "troubleshooting", UiText.TROUBLESHOOTING, lang);
        if (byStack.size() > 1) {
            b.append("<nav class=\"toc\" aria-label=\"").append(esc(UiText.STACKS_ON_PAGE.in(lang)))
                    .append("\">\n<ul>\n");
            for (Map.Entry<String, List<Troubleshooting>> group : byStack.entrySet()) {
                b.append("<li><a href=\"#stack-").append(esc(group.getKey())).append("\">")
                        .append(esc(stackName(group.getKey(), lang))).append(" <span class=\"count\">")
                        .append(group.getValue().size()).append("</span></a></li>\n");
            }
            b.append("</ul>\n</nav>\n");
        }
        for (Map.Entry<String, List<Troubleshooting>> group : byStack.entrySet()) {
            b.append("<h3 id=\"stack-").append(esc(group.getKey())).append("\">")
                    .append(esc(stackName(group.getKey(), lang))).append("</h3>\n");
            for (Troubleshooting t : group.getValue()) {
                b.append("<div class=\"cause\"><p><strong>").append(UiText.CAUSE.label(lang).strip())
                        .append("</strong>").append(lang == Lang.ZH ? "" : " ")
                        .append(text(t.cause().in(lang))).append("</p>\n<ul>\n");
                for (LocalizedText fix : t.fixes()) {
                    b.append("<li>").append(text(fix.in(lang))).append("</li>\n");
                }
                b.append("</ul></div>\n");
            }
        }
        // app.js gives each command or setting quoted in a fix its own copy button; their words and the one status
        // line they report to come with the section, in the page's language.
        b.append("<p class=\"copy-status\" role=\"status\" data-copy-label=\"")
                .append(esc(UiText.COPY_SNIPPET.in(lang))).append("\" data-copied=\"")
                .append(esc(UiText.COPIED.in(lang))).append("\" data-copy-failed=\"")
                .append(esc(UiText.COPY_FAILED.in(lang))).append("\"></p>\n");
        b.append("</section>\n");
    }

    private String stackName(String id, Lang lang) {
        return registry.stack(id).map(l -> l.name().in(lang)).orElse(id);
    }

    private void links(StringBuilder b, String id, UiText heading, Lang lang, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        section(b, id, heading, lang).append("<ul class=\"links\">\n");
        for (Entry r : entries) {
            b.append("<li>").append(EntryLink.html(r, lang, urls)).append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    /** A section with an id, so a table of contents or another page can link to it. */
    private static StringBuilder section(StringBuilder b, String id, UiText heading, Lang lang) {
        return b.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id)
                .append("-h\">\n<h2 id=\"").append(id).append("-h\">").append(heading.in(lang)).append("</h2>\n");
    }

    /** A row of a two-column table; {@code html} is already escaped. */
    private static void row(StringBuilder b, String name, String html) {
        b.append("<tr><th scope=\"row\">").append(esc(name)).append("</th><td>").append(html).append("</td></tr>\n");
    }
}

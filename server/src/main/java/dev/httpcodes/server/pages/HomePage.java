package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.UiText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /}: links to each class, a grid of every code with its name (coloured by class, its border marking the
 * standing, explained by a legend), the IIS sub-statuses grouped under their parent code, then every entry grouped
 * by class; filters by standing and vendor as a plain GET form.
 */
public final class HomePage {
    private final Registry registry;
    private final SiteUrls urls;

    HomePage(Registry registry, SiteUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    String render(Lang lang, EntryFilter filter) {
        List<Entry> entries = registry.list(filter);
        StringBuilder b = new StringBuilder(96 * 1024);
        b.append("<h1>httpcodes</h1>\n<p class=\"lead\">").append(UiText.TAGLINE.in(lang)).append(' ');
        if (urls.exported()) {
            // A static host ignores the query: app.js applies the filters, and recounts with this template.
            b.append("<span class=\"entry-count\" data-template=\"").append(esc(UiText.ENTRY_COUNT.in(lang)))
                    .append("\">").append(esc(UiText.ENTRY_COUNT.format(lang, entries.size()))).append("</span>");
        } else {
            b.append(UiText.ENTRY_COUNT.format(lang, entries.size()));
        }
        b.append("</p>\n");
        filters(b, lang, filter);
        if (entries.isEmpty()) {
            // Say so, rather than show headings with nothing under them.
            return b.append("<p class=\"empty\">").append(esc(UiText.NO_ENTRIES.in(lang)))
                    .append(lang == Lang.ZH ? "。" : ".").append("</p>\n<p><a href=\"")
                    .append(esc(urls.path(PageAddress.home(), lang))).append("\">").append(esc(UiText.SHOW_ALL.in(lang)))
                    .append("</a></p>\n").toString();
        }
        List<StatusClass> classes = Arrays.stream(StatusClass.values())
                .filter(c -> entries.stream().anyMatch(e -> e.statusClass() == c)).toList();
        b.append("<nav class=\"class-links\" aria-label=\"").append(esc(UiText.CLASSES.in(lang))).append("\">\n<ul>\n");
        for (StatusClass c : classes) {
            b.append("<li><a href=\"#class-").append(c.id()).append("\">").append(c.id()).append(' ')
                    .append(esc(registry.label(c).name().in(lang))).append("</a></li>\n");
        }
        b.append("</ul>\n</nav>\n");
        List<Entry> main = entries.stream().filter(e -> !e.code().hasSubcode()).toList();
        List<Entry> subs = entries.stream().filter(e -> e.code().hasSubcode()).toList();
        b.append("<section aria-labelledby=\"overview\">\n<h2 id=\"overview\">").append(UiText.OVERVIEW.in(lang))
                .append("</h2>\n");
        legend(b, lang);
        grid(b, lang, main);
        b.append("</section>\n");
        if (!subs.isEmpty()) {
            b.append("<section aria-labelledby=\"sub-statuses\">\n<h2 id=\"sub-statuses\">")
                    .append(UiText.SUB_STATUSES.in(lang)).append("</h2>\n");
            Map<Integer, List<Entry>> byParent = new TreeMap<>();
            for (Entry e : subs) {
                byParent.computeIfAbsent(e.code().code(), k -> new ArrayList<>()).add(e);
            }
            for (Map.Entry<Integer, List<Entry>> group : byParent.entrySet()) {
                String parent = group.getKey().toString();
                b.append("<h3 id=\"sub-").append(parent).append("\">");
                List<Entry> meanings = registry.find(group.getKey());
                // The parent's name links to its page; the words around it come from the UI texts.
                String name = meanings.isEmpty() ? esc(parent) : "<a href=\""
                        + esc(urls.path(PageAddress.entry(parent), lang)) + "\">" + esc(EntryPage.name(meanings.get(0),
                        lang)) + "</a>";
                b.append(esc(UiText.SUB_STATUSES_OF.format(lang, "\u0000")).replace("\u0000", name));
                b.append("</h3>\n");
                grid(b, lang, group.getValue());
            }
            b.append("</section>\n");
        }
        b.append("<section aria-labelledby=\"all\">\n<h2 id=\"all\">").append(UiText.ALL_ENTRIES.in(lang))
                .append("</h2>\n");
        for (StatusClass c : classes) {
            List<Entry> inClass = entries.stream().filter(e -> e.statusClass() == c).toList();
            Label label = registry.label(c);
            b.append("<h3 id=\"class-").append(c.id()).append("\">").append(c.id()).append(' ')
                    .append(esc(label.name().in(lang))).append("</h3>\n<p class=\"class-summary\">")
                    .append(esc(label.summary().in(lang))).append("</p>\n<ul class=\"entries\">\n");
            for (Entry e : inClass) {
                b.append("<li").append(facets(e)).append('>').append(EntryLink.html(e, lang, urls)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        return b.append("</section>\n").toString();
    }

    /** What the borders of the cells mean: one sample per standing, styled by the same classes as the cells. */
    private void legend(StringBuilder b, Lang lang) {
        b.append("<div class=\"legend\">\n<p id=\"legend\">").append(esc(UiText.LEGEND.label(lang).strip()))
                .append("</p>\n<ul aria-labelledby=\"legend\">\n");
        for (Label s : registry.standings()) {
            b.append("<li><span class=\"swatch s-").append(esc(s.id())).append("\" aria-hidden=\"true\"></span>")
                    .append(esc(s.name().in(lang))).append("</li>\n");
        }
        b.append("</ul>\n</div>\n");
    }

    /** Cells with the code and the name in the page's language; ids break only after their dot. */
    private void grid(StringBuilder b, Lang lang, List<Entry> entries) {
        b.append("<ul class=\"grid\">\n");
        for (Entry e : entries) {
            b.append("<li").append(facets(e)).append("><a class=\"cell c").append(e.statusClass().id()).append(" s-").append(e.standing().id())
                    .append("\" href=\"").append(esc(urls.path(PageAddress.entry(e.id()), lang)))
                    .append("\"><span class=\"cell-code\">").append(esc(e.id()).replace(".", ".<wbr>"))
                    .append("</span> <span class=\"cell-name\">")
                    .append(esc(lang == Lang.ZH ? e.title().zh() : e.phrase())).append("</span></a></li>\n");
        }
        b.append("</ul>\n");
    }

    /** In a static export, what the filters match an item on (the live server filters before rendering). */
    private String facets(Entry e) {
        return urls.exported() ? " data-standing=\"" + esc(e.standing().id()) + "\" data-vendor=\""
                + esc(e.vendor().map(Label::id).orElse("")) + "\"" : "";
    }

    private void filters(StringBuilder b, Lang lang, EntryFilter filter) {
        b.append("<form class=\"filters\" action=\"").append(esc(urls.path(PageAddress.home(), lang)))
                .append("\" method=\"get\"");
        if (urls.exported()) {
            b.append(" data-empty=\"").append(esc(UiText.NO_ENTRIES.in(lang))).append(lang == Lang.ZH ? "。" : ".")
                    .append('"');
        }
        b.append(">\n");
        b.append("<label for=\"standing\">").append(UiText.STANDING.in(lang)).append("</label>\n")
                .append("<select id=\"standing\" name=\"standing\">\n<option value=\"\">")
                .append(UiText.ANY.in(lang)).append("</option>\n");
        for (Label s : registry.standings()) {
            boolean selected = filter.standing().map(x -> x.id().equals(s.id())).orElse(false);
            b.append("<option value=\"").append(esc(s.id())).append('"').append(selected ? " selected" : "")
                    .append('>').append(esc(s.name().in(lang))).append("</option>\n");
        }
        b.append("</select>\n<label for=\"vendor\">").append(UiText.VENDOR.in(lang)).append("</label>\n")
                .append("<select id=\"vendor\" name=\"vendor\">\n<option value=\"\">").append(UiText.ANY.in(lang))
                .append("</option>\n");
        for (Label v : registry.vendors()) {
            boolean selected = filter.vendor().map(x -> x.equals(v.id())).orElse(false);
            b.append("<option value=\"").append(esc(v.id())).append('"').append(selected ? " selected" : "")
                    .append('>').append(esc(v.name().in(lang))).append("</option>\n");
        }
        b.append("</select>\n<button type=\"submit\">").append(UiText.FILTER.in(lang)).append("</button>\n</form>\n");
    }
}

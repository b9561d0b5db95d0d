package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.ui.UiText;
import java.util.List;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.server.site.PageAddress;

/**
 * {@code /}: a compact grid of every code first (coloured by class, marked by standing, each cell a link), then
 * every entry grouped by class; filters by standing and vendor as a plain GET form.
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
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<h1>httpcodes</h1>\n<p class=\"lead\">").append(UiText.TAGLINE.in(lang)).append(' ')
                .append(UiText.ENTRY_COUNT.format(lang, entries.size())).append("</p>\n");
        filters(b, lang, filter);
        b.append("<section aria-labelledby=\"overview\">\n<h2 id=\"overview\">").append(UiText.OVERVIEW.in(lang))
                .append("</h2>\n<ul class=\"grid\">\n");
        for (Entry e : entries) {
            b.append("<li><a class=\"cell c").append(e.statusClass().id()).append(" s-").append(e.standing().id())
                    .append("\" href=\"").append(esc(urls.path(PageAddress.entry(e.id()), lang))).append("\" title=\"")
                    .append(esc(e.id() + " " + e.phrase() + " · " + e.title().in(lang) + " · "
                            + registry.label(e.standing()).name().in(lang)))
                    .append("\">").append(esc(e.id())).append("</a></li>\n");
        }
        b.append("</ul>\n</section>\n<section aria-labelledby=\"all\">\n<h2 id=\"all\">")
                .append(UiText.ALL_ENTRIES.in(lang)).append("</h2>\n");
        for (StatusClass c : StatusClass.values()) {
            List<Entry> inClass = entries.stream().filter(e -> e.statusClass() == c).toList();
            if (inClass.isEmpty()) {
                continue;
            }
            Label label = registry.label(c);
            b.append("<h3 id=\"class-").append(c.id()).append("\">").append(c.id()).append(' ')
                    .append(esc(label.name().in(lang))).append("</h3>\n<p class=\"class-summary\">")
                    .append(esc(label.summary().in(lang))).append("</p>\n<ul class=\"entries\">\n");
            for (Entry e : inClass) {
                b.append("<li>").append(EntryLink.html(e, lang, urls)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        return b.append("</section>\n").toString();
    }

    private void filters(StringBuilder b, Lang lang, EntryFilter filter) {
        b.append("<form class=\"filters\" action=\"").append(esc(urls.path(PageAddress.home(), lang)))
                .append("\" method=\"get\">\n");
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

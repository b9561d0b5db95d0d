package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.SiteUrls;

/**
 * The one way pages link to an entry: code, then both names, the page's language first (a Chinese page leads with
 * the Chinese name, an English page with the phrase, the Chinese title after it).
 */
public final class EntryLink {
    private EntryLink() {
    }

    /** A link to the entry's page in {@code lang}, so following links never changes the language. */
    static String html(Entry e, Lang lang, SiteUrls urls) {
        String link = "<a href=\"" + esc(urls.path(PageAddress.entry(e.id()), lang)) + "\"><span class=\"code c"
                + e.statusClass().id() + "\">" + esc(e.id()) + "</span> ";
        if (lang == Lang.ZH) {
            return link + esc(e.title().zh()) + "</a> <span class=\"title\" lang=\"en\">" + esc(e.phrase()) + "</span>";
        }
        return link + esc(e.phrase()) + "</a> <span class=\"title\" lang=\"zh-CN\">" + esc(e.title().zh()) + "</span>";
    }
}

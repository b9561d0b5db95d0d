package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.SiteUrls;

/** The one way pages link to an entry: code, phrase and the Chinese title (shown in both languages). */
public final class EntryLink {
    private EntryLink() {
    }

    /** A link to the entry's page in {@code lang}, so following links never changes the language. */
    static String html(Entry e, Lang lang, SiteUrls urls) {
        return "<a href=\"" + esc(urls.path(PageAddress.entry(e.id()), lang)) + "\"><span class=\"code c" + e.statusClass().id() + "\">"
                + esc(e.id()) + "</span> " + esc(e.phrase()) + "</a> <span class=\"title\" lang=\"zh-CN\">"
                + esc(e.title().zh()) + "</span>";
    }
}

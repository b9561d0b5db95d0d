package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Entry;

/** The one way pages link to an entry: code, phrase and the Chinese title (shown in both languages). */
public final class EntryLink {
    private EntryLink() {
    }

    static String html(Entry e) {
        return "<a href=\"/codes/" + esc(e.id()) + "\"><span class=\"code c" + e.statusClass().id() + "\">"
                + esc(e.id()) + "</span> " + esc(e.phrase()) + "</a> <span class=\"title\" lang=\"zh-CN\">"
                + esc(e.title().zh()) + "</span>";
    }
}

package dev.httpcodes.server;

import static dev.httpcodes.server.Html.esc;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;

/** The one way pages link to an entry: code, phrase and title. */
final class EntryLink {
    private EntryLink() {
    }

    static String html(Entry e, Lang lang) {
        return "<a href=\"/codes/" + esc(e.id()) + "\"><span class=\"code c" + e.statusClass().id() + "\">"
                + esc(e.id()) + "</span> " + esc(e.phrase()) + "</a> <span class=\"title\">"
                + esc(e.title().in(lang)) + "</span>";
    }
}

package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.search.SearchHit;
import dev.httpcodes.core.ui.UiText;
import java.util.List;
import dev.httpcodes.server.site.SiteUrls;

/** {@code /search?q=}: results as a plain page, so search works without JavaScript. */
public final class SearchPage {
    private SearchPage() {
    }

    static String render(SiteUrls urls, Lang lang, String query, List<SearchHit> hits) {
        StringBuilder b = new StringBuilder(8192);
        if (query.isEmpty()) {
            // The static export's search page: its script reads ?q= and lists results from the JSON index.
            return b.append("<h1>").append(esc(UiText.SEARCH.in(lang))).append("</h1>\n<noscript><p>")
                    .append(esc(UiText.SEARCH_NEEDS_SCRIPT.in(lang))).append("</p></noscript>\n")
                    .append("<ol class=\"results\" id=\"results\"></ol>\n").toString();
        }
        b.append("<h1>").append(esc(UiText.RESULTS_FOR.format(lang, query))).append("</h1>\n");
        if (hits.isEmpty()) {
            b.append("<p class=\"empty\">").append(esc(UiText.NO_RESULTS.format(lang, "“" + query + "”")))
                    .append("</p>\n");
            return b.toString();
        }
        b.append("<ol class=\"results\">\n");
        for (SearchHit hit : hits) {
            b.append("<li>").append(EntryLink.html(hit.entry(), lang, urls)).append("<p>")
                    .append(Html.text(hit.entry().summary().in(lang))).append("</p></li>\n");
        }
        return b.append("</ol>\n").toString();
    }
}

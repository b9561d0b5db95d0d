package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.search.SearchHit;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.UiText;
import java.util.List;

/** {@code /search?q=}: results as a plain page, so search works without JavaScript. */
public final class SearchPage {
    private SearchPage() {
    }

    /** @param suggestions ids nearest to a query that matched nothing, offered as links */
    static String render(SiteUrls urls, Lang lang, String query, List<SearchHit> hits, Registry registry,
            List<String> suggestions) {
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
            if (!suggestions.isEmpty()) {
                b.append("<h2>").append(esc(UiText.SUGGESTIONS.in(lang))).append("</h2>\n<ul class=\"links suggestions\">\n");
                for (String id : suggestions) {
                    registry.findById(id).ifPresent(e -> b.append("<li>").append(EntryLink.html(e, lang, urls))
                            .append("</li>\n"));
                }
                b.append("</ul>\n");
            }
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

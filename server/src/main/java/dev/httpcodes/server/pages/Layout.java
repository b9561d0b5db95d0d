package dev.httpcodes.server.pages;

import dev.httpcodes.core.Lang;
import dev.httpcodes.server.Limits;
import dev.httpcodes.server.site.HeadTags;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.PageMeta;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.UiText;

/**
 * The frame every page shares: document head, skip link, header with search and language switch, footer.
 * Self-contained: one stylesheet and one script from this server, nothing from elsewhere.
 */
public final class Layout {
    private Layout() {
    }

    /**
     * A whole page.
     *
     * @param meta  title, description and address: the head's SEO tags and the language switch come from it
     * @param query the search text to show in the box (may be empty)
     */
    public static String page(Lang lang, PageMeta meta, SiteUrls urls, String query, String main) {
        Lang otherLang = lang == Lang.ZH ? Lang.EN : Lang.ZH;
        String other = SiteUrls.slug(otherLang);
        StringBuilder b = new StringBuilder(main.length() + 2048);
        b.append("<!doctype html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(Html.esc(meta.title())).append("</title>\n")
                .append(HeadTags.html(lang, meta, urls))
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(urls.asset("app.css")).append("\">\n")
                // In a static export there is no search API: offline-search.js answers from a JSON index instead.
                .append(urls.exported() ? "<script src=\"" + urls.asset("offline-search.js") + "\" defer></script>\n"
                        : "")
                .append("<script src=\"").append(urls.asset("app.js")).append("\" defer></script>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(UiText.SKIP_TO_CONTENT.in(lang)).append("</a>\n")
                .append("<header class=\"top\">\n<nav aria-label=\"").append(UiText.MAIN_NAVIGATION.in(lang))
                .append("\">\n<a class=\"brand\" href=\"").append(Html.esc(urls.path(PageAddress.home(), lang)))
                .append("\">httpcodes</a>\n")
                .append("<form class=\"search\" role=\"search\" action=\"")
                .append(Html.esc(urls.path(PageAddress.search(""), lang))).append("\" method=\"get\">\n")
                .append("<label for=\"q\">").append(UiText.SEARCH.in(lang)).append("</label>\n")
                .append("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"").append(Limits.MAX_QUERY)
                .append("\" autocomplete=\"off\" aria-describedby=\"q-hint\" aria-controls=\"live\" value=\"")
                .append(Html.esc(query)).append("\" data-lang=\"").append(SiteUrls.slug(lang))
                .append("\" data-entry-url=\"").append(Html.esc(urls.path(PageAddress.entry("{id}"), lang)
                        .replace("%7Bid%7D", "{id}")))
                .append(urls.exported() ? "\" data-index=\"" + urls.asset("search-index.json") : "").append("\">\n")
                .append("<button type=\"submit\">").append(UiText.SEARCH.in(lang)).append("</button>\n")
                .append("<span id=\"q-hint\" class=\"hint\">").append(UiText.SEARCH_HINT.in(lang)).append("</span>\n")
                // app.js turns the box into a combobox; these are its words for "no results" and suggestions.
                .append("<ul id=\"live\" class=\"live\" aria-live=\"polite\" data-none=\"")
                .append(Html.esc(UiText.NO_RESULTS.in(lang))).append("\" data-suggest=\"")
                .append(Html.esc(UiText.SUGGESTIONS.in(lang))).append("\"></ul>\n</form>\n")
                .append("<a class=\"lang\" href=\"").append(Html.esc(urls.path(meta.address(), otherLang)))
                .append("\" hreflang=\"").append(other.equals("zh") ? "zh-CN" : "en").append("\" lang=\"")
                .append(other.equals("zh") ? "zh-CN" : "en").append("\">").append(other.equals("zh") ? "中文" : "English")
                .append("</a>\n</nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n").append(main)
                .append("</main>\n<footer>\n<p>").append(UiText.TAGLINE.in(lang))
                // A static host has no API to link to.
                .append(urls.exported() ? "" : " <a href=\"" + urls.prefix() + "/api/openapi.json\">"
                        + UiText.OPEN_API.in(lang) + "</a>")
                .append("</p>\n</footer>\n</body>\n</html>\n");
        return b.toString();
    }
}

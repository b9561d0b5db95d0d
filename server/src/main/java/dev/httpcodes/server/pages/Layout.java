package dev.httpcodes.server.pages;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.ui.UiText;
import dev.httpcodes.server.Limits;

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
     * @param path  the page's own path and query without {@code lang}, so the language links lead back here
     * @param query the search text to show in the box (may be empty)
     */
    public static String page(Lang lang, String title, String path, String query, String main) {
        String other = lang == Lang.ZH ? "en" : "zh";
        String separator = path.contains("?") ? "&" : "?";
        StringBuilder b = new StringBuilder(main.length() + 2048);
        b.append("<!doctype html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(Html.esc(title)).append(" · httpcodes</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n")
                .append("<script src=\"/assets/app.js\" defer></script>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(UiText.SKIP_TO_CONTENT.in(lang)).append("</a>\n")
                .append("<header class=\"top\">\n<nav aria-label=\"").append(UiText.MAIN_NAVIGATION.in(lang))
                .append("\">\n<a class=\"brand\" href=\"/\">httpcodes</a>\n")
                .append("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">\n")
                .append("<label for=\"q\">").append(UiText.SEARCH.in(lang)).append("</label>\n")
                .append("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"").append(Limits.MAX_QUERY)
                .append("\" autocomplete=\"off\" aria-describedby=\"q-hint\" aria-controls=\"live\" value=\"")
                .append(Html.esc(query)).append("\" data-lang=\"").append(lang == Lang.ZH ? "zh" : "en").append("\">\n")
                .append("<button type=\"submit\">").append(UiText.SEARCH.in(lang)).append("</button>\n")
                .append("<span id=\"q-hint\" class=\"hint\">").append(UiText.SEARCH_HINT.in(lang)).append("</span>\n")
                .append("<ul id=\"live\" class=\"live\" aria-live=\"polite\"></ul>\n</form>\n")
                .append("<a class=\"lang\" href=\"").append(Html.esc(path + separator + "lang=" + other))
                .append("\" hreflang=\"").append(other.equals("zh") ? "zh-CN" : "en").append("\" lang=\"")
                .append(other.equals("zh") ? "zh-CN" : "en").append("\">").append(other.equals("zh") ? "中文" : "English")
                .append("</a>\n</nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n").append(main)
                .append("</main>\n<footer>\n<p>").append(UiText.TAGLINE.in(lang)).append(" <a href=\"/api/openapi.json\">")
                .append(UiText.OPEN_API.in(lang)).append("</a></p>\n</footer>\n</body>\n</html>\n");
        return b.toString();
    }
}

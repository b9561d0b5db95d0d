package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.ui.UiText;
import dev.httpcodes.server.api.ApiHandlers;
import java.util.List;
import dev.httpcodes.server.site.SiteUrls;

/** The page browsers get for an unknown code or path, with "did you mean" links. */
public final class NotFoundPage {
    private NotFoundPage() {
    }

    static String render(Registry registry, SiteUrls urls, Lang lang, String input, List<String> suggestions) {
        StringBuilder b = new StringBuilder(2048);
        b.append("<h1>404 ").append(esc(registry.getById("404").title().in(lang))).append("</h1>\n<p>")
                .append(esc(UiText.NOT_FOUND_ONE.format(lang, "“" + ApiHandlers.truncate(input) + "”")))
                .append("</p>\n");
        if (!suggestions.isEmpty()) {
            b.append("<p>").append(UiText.SUGGESTIONS.in(lang)).append("</p>\n<ul class=\"links\">\n");
            for (String id : suggestions) {
                registry.findById(id).ifPresent(e -> b.append("<li>").append(EntryLink.html(e, lang, urls))
                        .append("</li>\n"));
            }
            b.append("</ul>\n");
        }
        return b.toString();
    }
}

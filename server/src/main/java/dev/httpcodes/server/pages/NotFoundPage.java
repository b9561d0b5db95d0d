package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.server.api.ApiHandlers;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.UiText;
import java.util.List;

/**
 * The pages browsers get for a request that names nothing: an unknown code is explained (its class and range, the
 * real codes nearest to it), any other input gets "did you mean" links; and a page for a bad filter value.
 */
public final class NotFoundPage {
    private NotFoundPage() {
    }

    static String render(Registry registry, SiteUrls urls, Lang lang, UnknownCode unknown, List<String> suggestions) {
        StringBuilder b = new StringBuilder(4096);
        String quoted = "“" + ApiHandlers.truncate(unknown.input()) + "”";
        heading(b, registry.getById("404"), lang);
        b.append("<p>").append(esc(UiText.NOT_FOUND_ONE.format(lang, quoted))).append("</p>\n");
        switch (unknown.kind()) {
            case UNKNOWN_MEANING -> {
                Entry parent = unknown.parent().orElseThrow();
                b.append("<p>").append(esc(UiText.NOT_A_SUB_STATUS.format(lang, quoted, parent.code()))).append("</p>\n");
                links(b, urls, lang, UiText.PARENT_AND_SUB_STATUSES.format(lang, parent.code()), unknown.nearest());
            }
            case UNASSIGNED -> {
                StatusClass c = unknown.statusClass().orElseThrow();
                Label label = registry.label(c);
                int first = first(c);
                b.append("<p>").append(esc(UiText.NOT_A_KNOWN_CODE.format(lang, quoted))).append(lang == Lang.ZH ? "" : " ")
                        .append(esc(UiText.CLASS_RANGE.format(lang, c.id(), first, first + 99,
                                label.name().in(lang), label.summary().in(lang)))).append("</p>\n");
                UiText intro = unknown.wholeClass(registry) ? UiText.CODES_IN_CLASS : UiText.NEAREST_IN_CLASS;
                links(b, urls, lang, intro.format(lang, c.id()), unknown.nearest());
                b.append("<p><a href=\"").append(esc(urls.path(PageAddress.home(), lang))).append("#class-")
                        .append(c.id()).append("\">").append(esc(UiText.ALL_IN_CLASS.format(lang, c.id())))
                        .append("</a></p>\n");
            }
            case OUT_OF_RANGE -> {
                b.append("<p>").append(esc(UiText.OUT_OF_RANGE.format(lang,
                        first(StatusClass.INFORMATIONAL), first(StatusClass.SERVER_ERROR) + 99, quoted))).append("</p>\n");
                suggestions(b, registry, urls, lang, suggestions);
                classes(b, registry, urls, lang);
            }
            case NOT_A_CODE -> suggestions(b, registry, urls, lang, suggestions);
        }
        return b.toString();
    }

    /** The page for a filter value that names nothing: what was wrong, and the way back to every entry. */
    static String badRequest(Entry status, Lang lang, SiteUrls urls, String detail) {
        StringBuilder b = new StringBuilder(1024);
        heading(b, status, lang);
        return b.append("<p>").append(esc(detail)).append("</p>\n<p><a href=\"")
                .append(esc(urls.path(PageAddress.home(), lang))).append("\">").append(esc(UiText.SHOW_ALL.in(lang)))
                .append("</a></p>\n").toString();
    }

    /** The first code of a class: its digit followed by 00 (RFC 9110 §15). */
    private static int first(StatusClass c) {
        return Integer.parseInt(c.id().substring(0, 1)) * 100;
    }

    private static void heading(StringBuilder b, Entry status, Lang lang) {
        b.append("<h1>").append(esc(status.id())).append(' ').append(esc(status.title().in(lang))).append("</h1>\n");
    }

    private static void suggestions(StringBuilder b, Registry registry, SiteUrls urls, Lang lang, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        b.append("<p>").append(UiText.SUGGESTIONS.in(lang)).append("</p>\n<ul class=\"links\">\n");
        for (String id : ids) {
            registry.findById(id).ifPresent(e -> b.append("<li>").append(EntryLink.html(e, lang, urls))
                    .append("</li>\n"));
        }
        b.append("</ul>\n");
    }

    private static void links(StringBuilder b, SiteUrls urls, Lang lang, String intro, List<Entry> entries) {
        b.append("<p>").append(esc(intro)).append("</p>\n<ul class=\"links nearest\">\n");
        for (Entry e : entries) {
            b.append("<li>").append(EntryLink.html(e, lang, urls)).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    /** Links to each class's section of the home page, for input that is no status code at all. */
    private static void classes(StringBuilder b, Registry registry, SiteUrls urls, Lang lang) {
        String home = urls.path(PageAddress.home(), lang);
        b.append("<p>").append(UiText.BROWSE_BY_CLASS.in(lang)).append("</p>\n<ul class=\"links classes\">\n");
        for (StatusClass c : StatusClass.values()) {
            if (c != StatusClass.INVALID) {
                b.append("<li><a href=\"").append(esc(home)).append("#class-").append(c.id()).append("\">")
                        .append(c.id()).append(' ').append(esc(registry.label(c).name().in(lang))).append("</a></li>\n");
            }
        }
        b.append("</ul>\n");
    }
}

package dev.httpcodes.server.site;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.ui.HtmlEscape;

/**
 * The part of a page's head that search engines and link previews read: description, canonical URL, the page in
 * each language (hreflang, with {@code x-default} for the language-neutral address), robots, Open Graph and JSON-LD.
 * Everything is escaped; JSON-LD has {@code <} escaped too, so no text can close its script element.
 */
public final class HeadTags {
    private HeadTags() {
    }

    public static String html(Lang lang, PageMeta meta, SiteUrls urls) {
        PageAddress page = meta.address();
        String canonical = urls.absolute(urls.path(page, lang));
        StringBuilder b = new StringBuilder(2048);
        b.append("<meta name=\"description\" content=\"").append(esc(meta.description())).append("\">\n");
        if (!page.indexable()) {
            // Result lists and filtered views are endless variations of pages that are indexed on their own.
            b.append("<meta name=\"robots\" content=\"noindex, follow\">\n");
        }
        b.append("<link rel=\"canonical\" href=\"").append(esc(canonical)).append("\">\n");
        for (Lang l : Lang.values()) {
            b.append("<link rel=\"alternate\" hreflang=\"").append(hreflang(l)).append("\" href=\"")
                    .append(esc(urls.absolute(urls.path(page, l)))).append("\">\n");
        }
        b.append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                .append(esc(urls.absolute(urls.neutral(page)))).append("\">\n");
        og(b, "og:type", meta.ogType());
        og(b, "og:site_name", "httpcodes");
        og(b, "og:title", meta.title());
        og(b, "og:description", meta.description());
        og(b, "og:url", canonical);
        og(b, "og:locale", lang == Lang.ZH ? "zh_CN" : "en_US");
        og(b, "og:locale:alternate", lang == Lang.ZH ? "en_US" : "zh_CN");
        meta.jsonLd().ifPresent(json -> b.append("<script type=\"application/ld+json\">").append(json)
                .append("</script>\n"));
        return b.toString();
    }

    /** The hreflang value of a language: the bare language, as the Chinese text serves every Chinese reader. */
    public static String hreflang(Lang lang) {
        return SiteUrls.slug(lang);
    }

    private static void og(StringBuilder b, String property, String content) {
        b.append("<meta property=\"").append(property).append("\" content=\"").append(esc(content)).append("\">\n");
    }

    private static String esc(String s) {
        return HtmlEscape.escape(s);
    }
}

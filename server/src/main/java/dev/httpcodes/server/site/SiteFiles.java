package dev.httpcodes.server.site;

import dev.httpcodes.core.Lang;
import dev.httpcodes.ui.HtmlEscape;
import java.util.List;

/** {@code robots.txt} and {@code sitemap.xml}, with absolute URLs from the configured origin. */
public final class SiteFiles {
    /** Paths of the live server that are not pages: the API and the test endpoints, which answer any status. */
    private static final List<String> NOT_PAGES = List.of("/api/", "/status/", "/random/", "/delay/", "/redirect/",
            "/drip", "/unstable", "/ratelimit", "/healthz", "/metrics", "/1", "/2", "/3", "/4", "/5", "/6", "/7",
            "/8", "/9",
            // httpbin's page that well-behaved robots are told to leave alone (its clients check for this line).
            "/deny");

    private SiteFiles() {
    }

    /**
     * Lets crawlers read every page (search results included: they must see its {@code noindex}, which a
     * Disallow would hide) and names the sitemap; the live server's API and test endpoints are left out.
     */
    public static String robots(SiteUrls urls) {
        StringBuilder b = new StringBuilder(512).append("User-agent: *\n");
        if (urls.exported()) {
            b.append("Allow: /\n");
        } else {
            for (String path : NOT_PAGES) {
                b.append("Disallow: ").append(path).append('\n');
            }
        }
        return b.append("\nSitemap: ").append(urls.absolute(urls.prefix() + "/sitemap.xml")).append('\n').toString();
    }

    /** Every page in both languages, each with its alternates (hreflang and x-default), as Google reads them. */
    public static String sitemap(SiteUrls urls, List<PageAddress> pages) {
        StringBuilder b = new StringBuilder(pages.size() * 2 * 420 + 256)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (PageAddress page : pages) {
            for (Lang lang : Lang.values()) {
                b.append("<url><loc>").append(xml(urls.absolute(urls.path(page, lang)))).append("</loc>");
                for (Lang alternate : Lang.values()) {
                    link(b, HeadTags.hreflang(alternate), urls.absolute(urls.path(page, alternate)));
                }
                link(b, "x-default", urls.absolute(urls.neutral(page)));
                b.append("</url>\n");
            }
        }
        return b.append("</urlset>\n").toString();
    }

    private static void link(StringBuilder b, String hreflang, String href) {
        b.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(hreflang).append("\" href=\"").append(xml(href))
                .append("\"/>");
    }

    /** XML escaping; HTML's escapes of {@code & < > " '} are all valid XML. */
    private static String xml(String s) {
        return HtmlEscape.escape(s);
    }
}

package dev.httpcodes.server.site;

import dev.httpcodes.core.Lang;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The URL scheme: every page lives under its language ({@code /zh/codes/404}, {@code /en/codes/404}); the
 * unprefixed path ({@code /codes/404}) is the language-neutral address the live server redirects from.
 * <p>
 * The live server uses paths without a trailing slash; the static export uses directories ({@code /zh/codes/404/}
 * holding {@code index.html}), which every static host serves without extra rules. Absolute URLs always come from
 * the configured origin, never from a request's Host header.
 */
public final class SiteUrls {
    private final Supplier<String> origin;
    private final String prefix;
    private final boolean directories;

    private SiteUrls(Supplier<String> origin, String prefix, boolean directories) {
        this.origin = origin;
        this.prefix = prefix;
        this.directories = directories;
    }

    /** The live server: paths from the root, absolute URLs from the public URL (or the listening address). */
    public static SiteUrls server(Supplier<String> origin) {
        return new SiteUrls(origin, "", false);
    }

    /** The live server served under a path prefix ({@code serve --prefix /p}): every path starts with it. */
    public static SiteUrls server(Supplier<String> origin, String prefix) {
        return new SiteUrls(origin, prefix, false);
    }

    /**
     * A static export to be published at {@code baseUrl}, which may have a path ({@code https://example.org/http/}).
     *
     * @throws IllegalArgumentException when the URL is not a plain http(s) URL
     */
    public static SiteUrls exported(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri == null || uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean plain = uri != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                && path.matches("(/[A-Za-z0-9._~-]+)*/?") && baseUrl.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (!plain) {
            throw new IllegalArgumentException("--base-url must be an http or https URL such as "
                    + "https://example.org or https://example.org/httpcodes/, without query, fragment or user, not \""
                    + baseUrl + "\"");
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String authority = scheme + "://" + uri.getRawAuthority();
        return new SiteUrls(() -> authority, trimmed, true);
    }

    /** The path segment of a language: {@code zh} or {@code en}. */
    public static String slug(Lang lang) {
        return lang == Lang.ZH ? "zh" : "en";
    }

    /** True for the static export, whose pages have no server behind them (search runs in the browser). */
    public boolean exported() {
        return directories;
    }

    /** The site's own path prefix: empty at the root of a host, else {@code /some/path}. */
    public String prefix() {
        return prefix;
    }

    /** Scheme and authority, from configuration. */
    public String origin() {
        return origin.get();
    }

    /** A page's path in a language, with its query. */
    public String path(PageAddress page, Lang lang) {
        StringBuilder b = new StringBuilder(prefix).append('/').append(slug(lang)).append(page.tail());
        if (directories) {
            b.append('/');
        }
        return query(b, page).toString();
    }

    /**
     * The language-neutral address ({@code x-default}): on the live server the unprefixed path, which redirects by
     * the reader's language; a static host cannot do that, so there it is the English page.
     */
    public String neutral(PageAddress page) {
        if (directories) {
            return path(page, Lang.EN);
        }
        String tail = page.tail();
        return query(new StringBuilder(prefix).append(tail.isEmpty() ? "/" : tail), page).toString();
    }

    public String absolute(String path) {
        return origin.get() + path;
    }

    public String asset(String name) {
        return prefix + "/assets/" + name;
    }

    /** The site root: the language-neutral home page. */
    public String root() {
        return prefix + "/";
    }

    /** Where the static export writes a page, relative to its output directory. */
    public String file(PageAddress page, Lang lang) {
        return slug(lang) + page.tail() + "/index.html";
    }

    private static StringBuilder query(StringBuilder b, PageAddress page) {
        return page.query().isEmpty() ? b : b.append('?').append(page.query());
    }

    static String encodeSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String encodeQuery(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

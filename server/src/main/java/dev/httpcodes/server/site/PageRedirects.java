package dev.httpcodes.server.site;

import dev.httpcodes.core.Lang;
import dev.httpcodes.server.protocol.FilterQuery;
import dev.httpcodes.server.protocol.LanguageChoice;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redirects of the URL scheme. Every Location is a path this class builds from a {@link PageAddress} (whose
 * arguments are percent-encoded) or from a path that matched a fixed pattern of page paths, and query parameters
 * are re-encoded one by one, so no request can make the server redirect anywhere else (no open redirect).
 */
public final class PageRedirects {
    /**
     * A page path with one or more trailing slashes: {@code /zh/}, {@code /en/codes/404/}, {@code /codes/404//}.
     * Segments are limited to the characters ids and encoded text use; anything else is left to the 404 page.
     */
    private static final Pattern SLASHED = Pattern.compile("^(/(?:(?:zh|en)(?:/PAGE)?|PAGE))/+$"
            .replace("PAGE", "(?:codes/SEG|search|compare|compare/SEG/SEG|which)")
            .replace("SEG", "[A-Za-z0-9._~%-]{1,64}"));
    /** The query parameters pages read; the only ones a redirect carries on. */
    private static final String[] PARAMS = {"q", "class", "standing", "vendor"};

    private final SiteUrls urls;

    public PageRedirects(SiteUrls urls) {
        this.urls = urls;
    }

    /**
     * A handler for an unprefixed page path: 302 to the page in the reader's language ({@code ?lang=}, then the
     * cookie, then Accept-Language), remembering an explicit {@code ?lang=} in the cookie.
     */
    public Handler<RoutingContext> toLanguage(Function<RoutingContext, PageAddress> page) {
        return ctx -> {
            Lang lang = LanguageChoice.preferred(ctx);
            LanguageChoice.remember(ctx);
            ctx.response().setStatusCode(302).putHeader("Location", urls.path(page.apply(ctx), lang))
                    .putHeader("Vary", "Accept-Language, Cookie").putHeader("Cache-Control", "private, no-cache")
                    .end();
        };
    }

    /** 301 from a page path with a trailing slash to the canonical one; any other path goes on. */
    public void trailingSlash(RoutingContext ctx) {
        Matcher m = SLASHED.matcher(ctx.request().path());
        if (!m.matches()) {
            ctx.next();
            return;
        }
        String query = query(ctx);
        ctx.response().setStatusCode(301).putHeader("Location", m.group(1) + (query.isEmpty() ? "" : "?" + query))
                .putHeader("Cache-Control", "public, max-age=3600").end();
    }

    /** The home page's filters as an encoded query string. */
    public static String filters(RoutingContext ctx) {
        StringBuilder b = new StringBuilder();
        for (String name : FilterQuery.PARAMETERS) {
            append(b, ctx, name);
        }
        return b.toString();
    }

    private static String query(RoutingContext ctx) {
        StringBuilder b = new StringBuilder();
        for (String name : PARAMS) {
            append(b, ctx, name);
        }
        return b.toString();
    }

    private static void append(StringBuilder b, RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        if (value != null && !value.isEmpty()) {
            b.append(b.length() == 0 ? "" : "&").append(name).append('=').append(SiteUrls.encodeQuery(value));
        }
    }
}

package dev.httpcodes.server.protocol;

import dev.httpcodes.core.Lang;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Which language a request gets: a page's path prefix ({@code /zh/…}, {@code /en/…}) decides for itself; otherwise
 * {@code ?lang=zh|en} first (and remembered in a cookie when it sends a reader to a page), then the cookie, then the
 * first Chinese or English range of Accept-Language by q-value; English otherwise.
 */
public final class LanguageChoice {
    static final String COOKIE = "lang";

    private LanguageChoice() {
    }

    /** The request's language, chosen once and announced in Content-Language. */
    public static Lang of(RoutingContext ctx) {
        Lang chosen = ctx.get(CHOSEN);
        if (chosen == null) {
            chosen = choose(ctx);
            ctx.put(CHOSEN, chosen);
            ctx.response().putHeader("Content-Language", chosen.tag());
        }
        return chosen;
    }

    private static final String CHOSEN = "httpcodes.lang";

    private static Lang choose(RoutingContext ctx) {
        Lang inPath = fromPath(ctx.request().path());
        return inPath != null ? inPath : preferred(ctx);
    }

    /** The language a path names by its first segment, or null. */
    public static Lang fromPath(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/' || path.length() > 3 && path.charAt(3) != '/') {
            return null;
        }
        String slug = path.substring(1, 3);
        return slug.equals("zh") ? Lang.ZH : slug.equals("en") ? Lang.EN : null;
    }

    /** The reader's language, whatever the path says: {@code ?lang=}, then the cookie, then Accept-Language. */
    public static Lang preferred(RoutingContext ctx) {
        String param = ctx.request().getParam("lang");
        if (param != null && (param.equals("zh") || param.equals("en"))) {
            return Lang.of(param);
        }
        Cookie cookie = ctx.request().getCookie(COOKIE);
        if (cookie != null && (cookie.getValue().equals("zh") || cookie.getValue().equals("en"))) {
            return Lang.of(cookie.getValue());
        }
        return fromAcceptLanguage(ctx.request().getHeader("Accept-Language"));
    }

    /** Remembers an explicit choice made with {@code ?lang=}, for a year. */
    public static void remember(RoutingContext ctx) {
        String param = ctx.request().getParam("lang");
        if (param != null && (param.equals("zh") || param.equals("en"))) {
            ctx.response().addCookie(Cookie.cookie(COOKIE, param).setPath("/").setMaxAge(365L * 24 * 3600)
                    .setSameSite(CookieSameSite.LAX).setHttpOnly(true));
        }
    }

    /** The best of zh and en in an Accept-Language header; English when neither is acceptable. */
    static Lang fromAcceptLanguage(String header) {
        double zh = -1;
        double en = -1;
        for (QValues.Weighted w : QValues.parse(header).values()) {
            if (Lang.of(w.value()) == Lang.ZH) {
                zh = Math.max(zh, w.q());
            } else if (w.value().equals("en") || w.value().startsWith("en-") || w.value().equals("*")) {
                en = Math.max(en, w.q());
            }
        }
        return zh > 0 && zh > en ? Lang.ZH : Lang.EN;
    }
}

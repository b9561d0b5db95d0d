package dev.httpcodes.server.httpbin;

import dev.httpcodes.server.protocol.MountPoint;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code /cookies} lists the request's cookies as a JSON object; {@code /cookies/set?k=v} and
 * {@code /cookies/delete?k} set or expire the named cookies (HttpOnly) and send the client back to {@code /cookies}
 * with a 302, as go-httpbin does.
 */
final class CookieEndpoints {
    /** At most this many cookies are set or deleted per request (go-httpbin has no cap; browsers keep ~50). */
    static final int MAX_COOKIES = 50;
    /** A cookie name is an RFC 9110 token; names outside it are skipped, as Go's cookie writer drops them. */
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");
    /** RFC 6265 cookie-octets; a value outside them is skipped rather than sent as a broken header. */
    private static final Pattern VALUE = Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]{0,4096}");

    /** An IMF-fixdate long past, so a cookie dated with it is expired on every clock. */
    private static final String EPOCH = "Thu, 01 Jan 1970 00:00:00 GMT";

    private final HttpbinReplies replies;

    CookieEndpoints(HttpbinReplies replies) {
        this.replies = replies;
    }

    void list(RoutingContext ctx) {
        Map<String, String> sorted = new TreeMap<>();
        for (Cookie c : ctx.request().cookies()) {
            sorted.put(c.getName(), c.getValue());
        }
        var body = HttpbinReplies.object();
        sorted.forEach(body::put);
        replies.json(ctx, 200, body);
    }

    void set(RoutingContext ctx) {
        apply(ctx, false);
    }

    void delete(RoutingContext ctx) {
        apply(ctx, true);
    }

    private void apply(RoutingContext ctx, boolean expire) {
        HttpServerRequest request = ctx.request();
        int count = 0;
        for (String name : request.params().names()) {
            if (count == MAX_COOKIES) {
                break;
            }
            String value = expire ? "" : request.getParam(name);
            if (!NAME.matcher(name).matches() || value == null || !VALUE.matcher(value).matches()) {
                continue;
            }
            if (expire) {
                // Written by hand: Vert.x dates a Max-Age=0 cookie's Expires now, and clients that judge deletion
                // by the date (as go-httpbin's do) want one long past; the epoch is what servers commonly send.
                ctx.response().headers().add("Set-Cookie", name + "=; Max-Age=0; Expires=" + EPOCH + "; HttpOnly");
            } else {
                ctx.response().addCookie(Cookie.cookie(name, value).setHttpOnly(true));
            }
            count++;
        }
        ctx.response().setStatusCode(302).putHeader("Location", MountPoint.path(ctx, "/cookies")).end();
    }
}

package dev.httpcodes.server.httpbin.echo;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS on the httpbin paths as go-httpbin sends it: the request's Origin allowed back (any origin, {@code *} when
 * none is given) with credentials, on every answer, errors included; and every OPTIONS request answered here as a
 * preflight, with or without an Origin, so the endpoint itself never runs for it.
 */
public final class HttpbinCors {
    /** The go-httpbin path families; our own paths (pages, API, /{code}, /random) keep their own CORS rules. */
    static final String PATHS = "^/(?:anything|get|head|post|put|patch|delete|headers|ip|user-agent|dump|hostname"
            + "|cookies|basic-auth|hidden-basic-auth|bearer|digest-auth|cache|etag|bytes|stream-bytes|stream|base64"
            + "|uuid|html|json|xml|response-headers|redirect-to|relative-redirect|absolute-redirect|redirect|links"
            + "|status|delay|drip|unstable|range|sse|gzip|deflate|brotli|image|websocket|trailers|deny|encoding"
            + "|forms)(?:/.*)?$";
    private static final String METHODS = "GET, POST, HEAD, PUT, DELETE, PATCH, OPTIONS";
    /** An hour, go-httpbin's preflight lifetime. */
    private static final String MAX_AGE = "3600";

    private HttpbinCors() {
    }

    /** Mounts the CORS handler; call it before any httpbin route so it runs first. */
    public static void register(Router router) {
        router.routeWithRegex(PATHS).handler(HttpbinCors::handle);
    }

    static void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        var response = ctx.response();
        response.putHeader("Access-Control-Allow-Origin", origin == null || origin.isEmpty() ? "*" : origin)
                .putHeader("Access-Control-Allow-Credentials", "true");
        if (ctx.request().method() == HttpMethod.OPTIONS) {
            String asked = ctx.request().getHeader("Access-Control-Request-Headers");
            response.putHeader("Access-Control-Allow-Methods", METHODS).putHeader("Access-Control-Max-Age", MAX_AGE);
            if (asked != null && !asked.isEmpty()) {
                response.putHeader("Access-Control-Allow-Headers", asked);
            }
            response.setStatusCode(200).end();
            return;
        }
        ctx.next();
    }
}

package dev.httpcodes.server.httpbin;

import dev.httpcodes.server.ServerState;
import dev.httpcodes.server.httpbin.echo.EchoRoutes;
import dev.httpcodes.server.httpbin.echo.RequestEcho;
import dev.httpcodes.server.httpbin.timing.TimingRoutes;
import dev.httpcodes.server.httpbin.websocket.EchoLimits;
import dev.httpcodes.server.httpbin.websocket.SessionSlots;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Mounts the go-httpbin endpoint families on a router; the one entry point the route table calls. */
public final class HttpbinRoutes {
    private HttpbinRoutes() {
    }

    public static void register(Router router, Vertx vertx, ServerState state) {
        HttpbinReplies replies = new HttpbinReplies(state.registry);
        HttpbinOptions options = state.config.httpbin();
        EchoRoutes.register(router, replies, options);
        CookieEndpoints cookies = new CookieEndpoints(replies);
        router.route("/cookies").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(cookies::list);
        router.route("/cookies/set").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(cookies::set);
        router.route("/cookies/delete").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(cookies::delete);
        AuthEndpoints auth = new AuthEndpoints(replies);
        // go-httpbin accepts these methods on /basic-auth; the others answer any method.
        router.route("/basic-auth/:user/:passwd").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.DELETE).method(HttpMethod.PATCH)
                .handler(auth::basic);
        router.route("/hidden-basic-auth/:user/:passwd").handler(auth::hiddenBasic);
        router.route("/bearer").handler(auth::bearer);
        CachingEndpoints caching = new CachingEndpoints(replies);
        router.route("/cache").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(caching::cache);
        router.route("/cache/:n").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(caching::cacheFor);
        router.route("/etag/:etag").handler(caching::etag);
        ByteEndpoints bytes = new ByteEndpoints(replies);
        get(router, "/bytes/:n", bytes::bytes);
        get(router, "/stream-bytes/:n", bytes::streamBytes);
        get(router, "/stream/:n", new StreamEndpoint(replies)::stream);
        ContentEndpoints content = new ContentEndpoints(replies, options.maxBodySize());
        // Regex routes, so an empty value ("/base64/", "/base64/decode/") reaches the handler and is refused there,
        // and a value holding more segments is read whole (it cannot decode).
        router.routeWithRegex("^/base64/(?<value>[^/]*)$").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(content::decode);
        router.routeWithRegex("^/base64/(?<operation>[^/]*)/(?<value>.*)$").method(HttpMethod.GET)
                .method(HttpMethod.HEAD).handler(content::withOperation);
        get(router, "/uuid", content::uuid);
        get(router, "/html", content::html);
        get(router, "/json", content::json);
        get(router, "/xml", content::xml);
        router.route("/response-headers").method(HttpMethod.GET).method(HttpMethod.HEAD).method(HttpMethod.POST)
                .handler(new ResponseHeadersEndpoint(replies)::handle);
        // Without allowed hosts, /redirect-to accepts relative URLs only.
        RedirectEndpoints redirects = new RedirectEndpoints(replies, state.config.redirectDomains());
        router.route("/redirect-to").handler(redirects::redirectTo);
        // An empty count ("/redirect/") is a bad request in go-httpbin, more segments are not found.
        for (String path : new String[] {"/redirect/", "/redirect/:n"}) {
            router.route(path).handler(redirects::redirect);
        }
        for (String path : new String[] {"/relative-redirect/", "/relative-redirect/:n"}) {
            router.route(path).handler(redirects::relative);
        }
        for (String path : new String[] {"/absolute-redirect/", "/absolute-redirect/:n"}) {
            router.route(path).handler(redirects::absolute);
        }
        // Longer or shorter paths are go-httpbin's JSON 404, not the site's problem document.
        for (String family : new String[] {"/redirect", "/relative-redirect", "/absolute-redirect"}) {
            router.route(family).handler(replies::notFound);
            router.route(family + "/*").handler(replies::notFound);
        }
        get(router, "/links/:n", redirects::linksStart);
        get(router, "/links/:n/:offset", redirects::links);
        // The family roots and longer paths get go-httpbin's JSON 404, not the site's problem document.
        for (String family : new String[] {"/basic-auth", "/hidden-basic-auth", "/bytes", "/stream-bytes", "/stream",
                "/links", "/base64"}) {
            router.route(family).handler(replies::notFound);
            router.route(family + "/*").handler(replies::notFound);
        }
        // /cache itself is an endpoint; only its longer paths are not found.
        for (String family : new String[] {"/cache", "/etag"}) {
            router.routeWithRegex("^" + family + "/.*$").handler(replies::notFound);
        }
        // go-httpbin names brotli but does not implement it: 501, so a client can tell it from an unknown path.
        router.route("/brotli").handler(ctx -> replies.error(ctx, 501, null));
        // go-httpbin's one body cap bounds what it reads and what it generates (/drip, /range, /sse) alike.
        RequestEcho echo = RequestEcho.with(options);
        TimingRoutes.register(router, vertx, state, replies, options.maxBodySize(),
                ctx -> replies.json(ctx, 200, echo.of(ctx)));
        dev.httpcodes.server.httpbin.media.MediaRoutes.register(router, replies, options);
        dev.httpcodes.server.httpbin.digest.DigestRoutes.register(router, replies);
        // A session lasts at most go-httpbin's max duration, as its WebSocket deadline does.
        EchoLimits echoLimits = new EchoLimits((int) options.maxBodySize(), state.config.timing().maxDuration());
        dev.httpcodes.server.httpbin.websocket.WebSocketRoutes.register(router, replies, echoLimits,
                new SessionSlots() {
                    @Override
                    public boolean take() {
                        return state.startSlow();
                    }

                    @Override
                    public void give() {
                        state.endSlow();
                    }
                });
    }

    private static void get(Router router, String path, Handler<RoutingContext> handler) {
        router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(handler);
    }
}

package dev.httpcodes.server;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.server.api.ApiHandlers;
import dev.httpcodes.server.endpoints.TestEndpoints;
import dev.httpcodes.server.ops.AccessLog;
import dev.httpcodes.server.ops.Metrics;
import dev.httpcodes.server.pages.Assets;
import dev.httpcodes.server.pages.GuideHandlers;
import dev.httpcodes.server.pages.PageHandlers;
import dev.httpcodes.server.protocol.Framing;
import dev.httpcodes.server.protocol.FilterQuery;
import dev.httpcodes.server.protocol.LanguageChoice;
import dev.httpcodes.server.protocol.ResponseCache;
import dev.httpcodes.server.protocol.Responses;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.PageRedirects;
import dev.httpcodes.server.site.SiteFiles;
import dev.httpcodes.server.site.SitePages;
import dev.httpcodes.server.site.SiteUrls;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one route table. Every resource answers GET and HEAD; the API also answers CORS preflights; any other method
 * gets 405 with Allow. Anything unknown gets 404: an HTML page for browsers, problem details for the rest.
 */
final class Routes {
    private static final String ALLOW = "GET, HEAD";
    private static final java.util.regex.Pattern HEADER_LIST = java.util.regex.Pattern.compile("[A-Za-z0-9, -]{1,2048}");
    private static final String ALLOW_API = "GET, HEAD, OPTIONS";
    /** Response headers the API exposes to browser code on other origins. */
    private static final String EXPOSED = "ETag, Content-Language, Cache-Control";
    private static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** The path prefixes of the two languages. */
    private static final List<String> LANGUAGES = List.of(SiteUrls.slug(Lang.ZH), SiteUrls.slug(Lang.EN));

    private Routes() {
    }

    static Router build(Vertx vertx, ServerState state, Optional<AccessLog.Lines> accessLog) {
        return build(vertx, state, accessLog, "");
    }

    /**
     * The route table, served under {@code prefix} ("" for the root; else {@code /p}, checked by the configuration).
     * Under a prefix the table is a sub-router mounted there, so each route keeps its own path and handlers build
     * their links from the mount point; the shared handlers (metrics, access log, framing, security headers) run
     * once, on the outer router, which answers 404 outside the prefix.
     */
    static Router build(Vertx vertx, ServerState state, Optional<AccessLog.Lines> accessLog, String prefix) {
        Registry registry = state.registry;
        Search search = state.search;
        Metrics metrics = state.metrics;
        ApiHandlers api = new ApiHandlers(registry, search);
        SiteUrls urls = SiteUrls.server(state::origin, prefix);
        PageHandlers pages = new PageHandlers(registry, search, urls, state::origin);
        Assets assets = new Assets(ctx -> pages.notFound(ctx, ctx.request().path()));
        GuideHandlers guides = new GuideHandlers(registry, search, Guides.standard(), urls,
                ctx -> pages.notFound(ctx, ctx.get(GuideHandlers.NOT_FOUND_INPUT)));
        PageRedirects redirects = new PageRedirects(urls);
        TestEndpoints test = new TestEndpoints(vertx, state, urls);
        Router router = Router.router(vertx);
        Router outer = prefix.isEmpty() ? router : Router.router(vertx);
        ResponseCache cache = state.cache;
        boolean hsts = state.config.tls().map(ServerConfig.Tls::hsts).orElse(false);

        outer.route().handler(metrics::track);
        accessLog.ifPresent(log -> outer.route().handler(log::track));
        outer.route().handler(ctx -> Framing.check(ctx, registry));
        outer.route().handler(hsts ? Routes::commonHeadersWithHsts : Routes::commonHeaders);
        router.route("/api/*").handler(Routes::cors);
        // go-httpbin's CORS on its paths, ahead of their handlers so that every OPTIONS is a preflight.
        dev.httpcodes.server.httpbin.echo.HttpbinCors.register(router);

        // Pages live under their language; the unprefixed paths send readers to theirs, and a trailing slash
        // goes to the canonical path (Vert.x would otherwise answer both, duplicating every page).
        get(router, "/*", redirects::trailingSlash);
        get(router, "/", redirects.toLanguage(ctx -> PageAddress.home(PageRedirects.filters(ctx))));
        get(router, "/codes/:id", redirects.toLanguage(ctx -> PageAddress.entry(ctx.pathParam("id"))));
        get(router, "/search", redirects.toLanguage(ctx -> PageAddress.search(
                Objects.requireNonNullElse(ctx.request().getParam("q"), ""))));
        get(router, "/which", redirects.toLanguage(ctx -> PageAddress.which()));
        get(router, "/compare", redirects.toLanguage(ctx -> PageAddress.compareIndex()));
        get(router, "/compare/:a/:b", redirects.toLanguage(ctx -> PageAddress.compare(ctx.pathParam("a"),
                ctx.pathParam("b"))));
        // Each cached route names the query parameters it reads: the cache keys on those alone.
        for (String l : LANGUAGES) {
            get(router, "/" + l, cache.wrap(pages::home, true, FilterQuery.PARAMETERS.toArray(String[]::new)));
            get(router, "/" + l + "/codes/:id", cache.wrap(pages::entry, true));
            get(router, "/" + l + "/search", cache.wrap(pages::search, true, "q"));
            get(router, "/" + l + "/which", cache.wrap(guides::whichPage, true));
            get(router, "/" + l + "/compare", cache.wrap(guides::compareIndex, true));
            get(router, "/" + l + "/compare/:a/:b", cache.wrap(guides::comparePage, true));
        }
        get(router, "/assets/:name", assets::serve);
        List<PageAddress> sitePages = SitePages.all(registry, Guides.standard());
        get(router, "/robots.txt", cache.wrap(ctx -> Responses.send(ctx, 200, "text/plain; charset=utf-8",
                SiteFiles.robots(urls), Responses.CACHE_PUBLIC, null), false));
        get(router, "/sitemap.xml", cache.wrap(ctx -> Responses.send(ctx, 200, "application/xml; charset=utf-8",
                SiteFiles.sitemap(urls, sitePages), Responses.CACHE_PUBLIC, null), false));
        get(router, "/api/v1/codes", cache.wrap(api::list, false, "class", "standing", "vendor", "code"));
        get(router, "/api/v1/codes/:id", cache.wrap(api::one, false));
        get(router, "/api/v1/search", cache.wrap(api::search, false, "q", "limit"));
        get(router, "/api/v1/which", cache.wrap(guides::whichApi, false));
        get(router, "/api/v1/compare/:a/:b", cache.wrap(guides::compareApi, false));
        get(router, "/api/openapi.json", api::openApi);
        get(router, "/healthz", ctx -> Responses.send(ctx, 200, Responses.JSON, "{\"status\":\"ok\"}", "no-store",
                null));
        get(router, "/metrics", metrics::scrape);

        // Test endpoints: every method, any origin.
        for (String path : List.of("/status/:codes", "/random/:codes", "/unstable", "/delay/:seconds",
                "/redirect/:n", "/drip", "/sse", "/range/:n", "/ratelimit")) {
            router.route(path).setName(path).handler(Routes::preflight);
        }
        router.route("/random/:codes").setName("/random/:codes").handler(test::random);
        // httpstat.us answered /random/{codes}/any/path too: the rest of the path is the client's own.
        router.routeWithRegex("^/random/(?<codes>[^/]+)/.*$").setName("/random/:codes").handler(Routes::preflight)
                .handler(test::random);
        router.route("/unstable").setName("/unstable").handler(test::unstable);
        router.route("/ratelimit").setName("/ratelimit").handler(test::rateLimit);
        // An extension go-httpbin lacks: /status/403.14 and /status/500-11 (an IIS sub-status, which go-httpbin
        // refuses as a non-integer) get the httpstat.us family's answer, X-Substatus and a body naming it.
        router.routeWithRegex("^/status/(?<code>[1-9][0-9]{2}[.\\-][0-9]{1,4})$").setName("/status/:codes")
                .handler(Routes::preflight).handler(test::byPath);
        dev.httpcodes.server.httpbin.HttpbinRoutes.register(router, vertx, state);
        // Any path that starts with a digit is a code request, so /1000 or /99 get a 400 that says what is allowed.
        router.routeWithRegex("^/(?<code>[0-9][0-9.\\-]{0,15})(?:/.*)?$").setName("/{code}")
                .handler(Routes::preflight).handler(test::byPath);

        List<String> pagePaths = List.of("", "/codes/:id", "/search", "/which", "/compare", "/compare/:a/:b");
        for (String path : List.of("/", "/codes/:id", "/search", "/assets/:name", "/healthz", "/metrics", "/which",
                "/compare", "/compare/:a/:b", "/robots.txt", "/sitemap.xml")) {
            router.route(path).handler(ctx -> methodNotAllowed(ctx, registry, ALLOW));
        }
        for (String l : LANGUAGES) {
            for (String path : pagePaths) {
                router.route("/" + l + path).handler(ctx -> methodNotAllowed(ctx, registry, ALLOW));
            }
        }
        for (String path : List.of("/api/v1/codes", "/api/v1/codes/:id", "/api/v1/search", "/api/openapi.json",
                "/api/v1/which", "/api/v1/compare/:a/:b")) {
            router.route(path).handler(ctx -> methodNotAllowed(ctx, registry, ALLOW_API));
        }
        router.route().handler(ctx -> pages.notFound(ctx, ctx.request().path()));
        if (!prefix.isEmpty()) {
            outer.route(prefix + "/*").subRouter(router);
            outer.route().handler(ctx -> pages.notFound(ctx, ctx.request().path()));
        }
        Handler<RoutingContext> internalError = ctx -> {
            // No stack trace leaves the server; the operator sees it on the server's stderr.
            if (ctx.failure() != null) {
                synchronized (System.err) {
                    System.err.println("httpcodes: internal error on " + ctx.request().method().name() + " "
                            + ctx.request().path() + ":");
                    ctx.failure().printStackTrace(System.err);
                }
            }
            if (ctx.response().headWritten()) {
                // Too late for a 500: the status line is gone; cut the response short so the client sees it fail.
                if (!ctx.response().ended()) {
                    ctx.response().reset();
                }
                return;
            }
            if (!ctx.response().ended()) {
                ctx.response().setStatusMessage(registry.reasonPhrase(500));
                Responses.problem(ctx, registry, LanguageChoice.of(ctx), 500, "internal error", List.of());
            }
        };
        router.errorHandler(500, internalError);
        if (outer != router) {
            outer.errorHandler(500, internalError);
        }
        return outer;
    }

    private static void get(Router router, String path, Handler<RoutingContext> handler) {
        router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(handler);
    }

    /** Security headers on every response (the language is announced by the handlers that choose one). */
    private static void commonHeaders(RoutingContext ctx) {
        ctx.response().headers().addAll(SECURITY_HEADERS);
        ctx.next();
    }

    /** As {@link #commonHeaders}, and HSTS on HTTPS responses (RFC 6797 forbids it over plain HTTP). */
    private static void commonHeadersWithHsts(RoutingContext ctx) {
        ctx.response().headers().addAll(SECURITY_HEADERS);
        if (ctx.request().isSSL()) {
            ctx.response().headers().set("Strict-Transport-Security", HSTS);
        }
        ctx.next();
    }

    /** A year, the value browsers' preload lists ask for; subdomains are left to the operator. */
    static final String HSTS = "max-age=31536000";

    private static final io.vertx.core.MultiMap SECURITY_HEADERS = io.vertx.core.MultiMap.caseInsensitiveMultiMap()
            .add("Content-Security-Policy", CSP)
            .add("X-Content-Type-Options", "nosniff")
            .add("Referrer-Policy", "no-referrer")
            .add("X-Frame-Options", "DENY");

    /** CORS for the read-only API: any origin may read it; preflights are answered here. */
    private static void cors(RoutingContext ctx) {
        ctx.response().putHeader("Access-Control-Allow-Origin", "*")
                .putHeader("Access-Control-Expose-Headers", EXPOSED);
        if (ctx.request().method() == HttpMethod.OPTIONS) {
            ctx.response().putHeader("Access-Control-Allow-Methods", ALLOW_API)
                    .putHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match")
                    .putHeader("Access-Control-Max-Age", "86400")
                    .putHeader("Allow", ALLOW_API)
                    .setStatusCode(204).end();
            return;
        }
        ctx.next();
    }

    /** A CORS preflight to a test endpoint is answered here; any other request, OPTIONS included, goes on. */
    private static void preflight(RoutingContext ctx) {
        var request = ctx.request();
        if (request.method() == HttpMethod.OPTIONS && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null) {
            String asked = request.getHeader("Access-Control-Request-Headers");
            ctx.response().putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE")
                    .putHeader("Access-Control-Allow-Headers", asked != null && HEADER_LIST.matcher(asked).matches()
                            ? asked : "*")
                    .putHeader("Access-Control-Max-Age", "86400")
                    .setStatusCode(204).end();
            return;
        }
        ctx.next();
    }

    private static void methodNotAllowed(RoutingContext ctx, Registry registry, String allow) {
        ctx.response().putHeader("Allow", allow);
        Responses.problem(ctx, registry, LanguageChoice.of(ctx), 405,
                ctx.request().method().name() + " is not allowed here; allowed: " + allow, List.of());
    }
}

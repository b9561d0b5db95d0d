package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.ServerState;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Mounts {@code /status}, {@code /delay}, {@code /drip}, {@code /sse} and {@code /range}; every method is served. */
public final class TimingRoutes {
    private TimingRoutes() {
    }

    /**
     * @param maxBodySize the largest body the server generates: it caps /drip's numbytes, /range's n and /sse's count
     * @param echo        what /delay answers once its time has passed (the request echo)
     */
    public static void register(Router router, Vertx vertx, ServerState state, HttpbinReplies replies,
            long maxBodySize, Handler<RoutingContext> echo) {
        TimingOptions options = state.config.timing();
        // 418's registered phrase is "(Unused)"; its body names it as people do, by the knowledge base's first alias.
        String teapot = state.registry.find(418).stream().flatMap(e -> e.aliases().stream()).findFirst()
                .orElse(replies.reasonPhrase(418));
        StatusEndpoint status = new StatusEndpoint(replies, teapot);
        // go-httpbin splits the path: "/status/" has an empty code (400), while more segments are not found.
        router.route("/status/").handler(status::handle);
        router.route("/status/:codes").handler(status::handle);
        DelayEndpoint delay = new DelayEndpoint(vertx, state, replies, options.maxDuration(), echo);
        router.route("/delay/").handler(delay::handle);
        router.route("/delay/:d").handler(delay::handle);
        router.route("/drip").handler(new DripEndpoint(vertx, state, replies, options, maxBodySize)::handle);
        router.route("/sse").handler(new ServerSentEvents(vertx, state, replies, options, maxBodySize)::handle);
        RangeEndpoint range = new RangeEndpoint(replies, maxBodySize);
        router.route("/range/").handler(range::handle);
        router.route("/range/:n").handler(range::handle);
    }
}

package dev.httpcodes.server.httpbin.websocket;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.ext.web.Router;

/** Mounts {@code /websocket/echo}. */
public final class WebSocketRoutes {
    private WebSocketRoutes() {
    }

    public static void register(Router router, HttpbinReplies replies, EchoLimits limits, SessionSlots slots) {
        // Any method: go-httpbin answers a non-GET with its 400 for a failed handshake.
        router.route("/websocket/echo").handler(new WebSocketEcho(replies, limits, slots)::handle);
    }
}

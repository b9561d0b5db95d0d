package dev.httpcodes.server.httpbin;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /stream/{n}}: n JSON objects, one a line, each with its {@code id} (0 to n-1) and a summary of the request.
 * n is clamped to 1..100 as go-httpbin clamps it.
 */
final class StreamEndpoint {
    static final int MAX_LINES = 100;

    private final HttpbinReplies replies;

    StreamEndpoint(HttpbinReplies replies) {
        this.replies = replies;
    }

    void stream(RoutingContext ctx) {
        String text = ctx.pathParam("n");
        Long parsed = Numbers.parseLong(text);
        if (parsed == null) {
            replies.badRequest(ctx, "invalid count: expected a whole number");
            return;
        }
        int n = (int) Math.max(1, Math.min(MAX_LINES, parsed));
        HttpServerResponse response = ctx.response().setStatusCode(200).setChunked(true)
                .putHeader("Content-Type", HttpbinReplies.JSON);
        for (int i = 0; i < n; i++) {
            ObjectNode line = RequestSummary.of(ctx);
            line.remove("method");
            line.put("id", i);
            response.write(HttpbinReplies.compact(line) + "\n");
        }
        response.end();
    }
}

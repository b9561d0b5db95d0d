package dev.httpcodes.server.httpbin;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body the caching endpoints send: the query arguments (each a list, as go-httpbin gives them), the method and
 * the URL. A stand-in until the full request echo (headers, origin) is shared by its own package.
 */
final class RequestSummary {
    private RequestSummary() {
    }

    static ObjectNode of(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ObjectNode args = HttpbinReplies.object();
        for (String name : ctx.queryParams().names()) {
            var values = args.putArray(name);
            ctx.queryParams().getAll(name).forEach(values::add);
        }
        ObjectNode body = HttpbinReplies.object();
        body.set("args", args);
        body.put("method", request.method().name());
        body.put("url", request.absoluteURI());
        return body;
    }
}

package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /status/{code}} and {@code /status/{code}:{weight},…} as go-httpbin answers them, for every method: the
 * code (100–599) with plain-text headers and no body, except the few {@link StatusExtras} go-httpbin adds; a list is
 * a weighted random choice (weight 1 where none is given).
 */
final class StatusEndpoint {
    static final int MIN = 100;
    static final int MAX = 599;
    /** The most choices in one list; the request line bounds it too, but the parser should not rely on that. */
    static final int MAX_CHOICES = 1000;

    private final HttpbinReplies replies;
    private final String teapot;

    StatusEndpoint(HttpbinReplies replies, String teapot) {
        this.replies = replies;
        this.teapot = teapot;
    }

    void handle(RoutingContext ctx) {
        String raw = ctx.pathParam("codes");
        raw = raw == null ? "" : raw;
        int code;
        if (raw.indexOf(',') < 0) {
            Long single = GoNumbers.integer(raw);
            if (single == null) {
                replies.badRequest(ctx, "invalid status code: \"" + raw + "\" is not a whole number");
                return;
            }
            if (single < MIN || single > MAX) {
                replies.badRequest(ctx, "invalid status code: " + single + " not in range [" + MIN + ", " + MAX + "]");
                return;
            }
            code = single.intValue();
        } else {
            try {
                code = WeightedChoice.parse(raw, MAX_CHOICES, MIN, MAX).pick(ThreadLocalRandom.current());
            } catch (WeightedChoice.BadChoice e) {
                replies.badRequest(ctx, e.getMessage());
                return;
            }
        }
        send(ctx, code);
    }

    private void send(RoutingContext ctx, int code) {
        HttpServerResponse response = ctx.response();
        MultiMap headers = response.headers();
        headers.set("Content-Type", HttpbinReplies.TEXT);
        int status = Interim.send(response, code);
        StatusExtras extras = StatusExtras.of(code, replies, teapot);
        byte[] body = new byte[0];
        if (extras != null) {
            extras.headers().forEach(headers::set);
            if (extras.contentType() != null) {
                headers.set("Content-Type", extras.contentType());
            }
            if (extras.body() != null) {
                body = extras.body();
            }
        }
        response.setStatusCode(status);
        if (ctx.request().method() == HttpMethod.HEAD) {
            headers.set("Content-Length", Integer.toString(body.length));
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }
}

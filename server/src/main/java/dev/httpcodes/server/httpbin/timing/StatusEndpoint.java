package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.core.StatusInfo;
import dev.httpcodes.server.endpoints.ImpliedHeaders;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import dev.httpcodes.server.protocol.MountPoint;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
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
    /** Where go-httpbin's bare redirects point. */
    static final String REDIRECT_TARGET = "/redirect/1";

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
            // go-httpbin's Locations are paths on this server, so they follow the mount point (serve --prefix).
            extras.headers().forEach((name, value) -> headers.set(name,
                    name.equals("Location") ? MountPoint.path(ctx, value) : value));
            if (extras.contentType() != null) {
                headers.set("Content-Type", extras.contentType());
            }
            if (extras.body() != null) {
                body = extras.body();
            }
        }
        // go-httpbin leaves out some fields RFC 9110 asks for (405's Allow, 416's Content-Range): the knowledge
        // base's semantics of the code add them, pointing a Location at go-httpbin's redirect target.
        StatusInfo info = replies.registry().describe(status);
        int whole = body.length;
        if (whole == 0 && ImpliedHeaders.sendsPart(info)) {
            // A part of nothing cannot be named (206's Content-Range): the answer carries the first part of the
            // status line's text instead of go-httpbin's empty body.
            byte[] text = StatusExtras.utf8(status + " " + info.reasonPhrase());
            whole = text.length;
            body = Arrays.copyOf(text, ImpliedHeaders.partLength(whole));
        }
        ImpliedHeaders.addMissing(headers, info, MountPoint.path(ctx, REDIRECT_TARGET), whole, body.length);
        response.setStatusCode(status);
        if (ctx.request().method() == HttpMethod.HEAD) {
            headers.set("Content-Length", Integer.toString(body.length));
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }
}

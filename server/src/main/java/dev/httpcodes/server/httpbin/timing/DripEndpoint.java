package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.ServerState;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code /drip?duration=&numbytes=&code=&delay=} as go-httpbin sends it: after {@code delay}, the status with a
 * Content-Length (not chunked: the point is a slow connection, not a stream), then {@code numbytes} asterisks, the
 * first at once and the others spread evenly until {@code duration} has passed. A HEAD gets the same head at once
 * and no body. Nothing holds the whole body: the asterisks come from one shared array.
 */
final class DripEndpoint {
    private static final int PIECE = 16 * 1024;
    private static final byte[] STARS = new byte[PIECE];

    static {
        Arrays.fill(STARS, (byte) '*');
    }

    private final Vertx vertx;
    private final ServerState state;
    private final HttpbinReplies replies;
    private final TimingOptions options;
    private final long maxBytes;

    DripEndpoint(Vertx vertx, ServerState state, HttpbinReplies replies, TimingOptions options, long maxBytes) {
        this.vertx = vertx;
        this.state = state;
        this.replies = replies;
        this.options = options;
        this.maxBytes = maxBytes;
    }

    void handle(RoutingContext ctx) {
        Duration max = options.maxDuration();
        Duration duration = options.drip().duration();
        Duration delay = options.drip().delay();
        long numBytes = options.drip().numBytes();
        int code = 200;
        try {
            String value = ctx.queryParams().get("duration");
            if (value != null && !value.isEmpty()) {
                duration = Params.duration("duration", value, Duration.ZERO, max);
            }
            value = ctx.queryParams().get("delay");
            if (value != null && !value.isEmpty()) {
                delay = Params.duration("delay", value, Duration.ZERO, max);
            }
            value = ctx.queryParams().get("numbytes");
            if (value != null && !value.isEmpty()) {
                numBytes = Params.integer("numbytes", value, 1, maxBytes);
            }
            value = ctx.queryParams().get("code");
            if (value != null && !value.isEmpty()) {
                Long asked = GoNumbers.integer(value);
                if (asked == null || asked < StatusEndpoint.MIN || asked > StatusEndpoint.MAX) {
                    throw new Params.Bad("invalid status code: \"" + value + "\" is not a number in range ["
                            + StatusEndpoint.MIN + ", " + StatusEndpoint.MAX + "]");
                }
                code = asked.intValue();
            }
            Params.total(delay, duration, max);
        } catch (Params.Bad e) {
            replies.badRequest(ctx, e.getMessage());
            return;
        }
        if (ctx.request().method() == HttpMethod.HEAD) {
            head(ctx.response(), code, numBytes).end();
            return;
        }
        Pacer pacer = Pacer.admit(vertx, ctx, state, replies);
        if (pacer == null) {
            return;
        }
        long bytes = numBytes;
        int status = code;
        // go-httpbin pauses between bytes, not after the last one: n bytes take n - 1 pauses.
        long pause = bytes > 1 ? duration.toNanos() / (bytes - 1) : duration.toNanos();
        pacer.at(System.nanoTime() + delay.toNanos(), () -> {
            HttpServerResponse response = head(ctx.response(), status, bytes);
            if (status == 204 || status == 304) {
                // These codes carry no body, whatever was asked.
                response.headers().remove("Content-Length");
                response.end();
                return;
            }
            new PacedStream(pacer, response, bytes, pause, PIECE,
                    (from, to) -> Buffer.buffer((int) (to - from)).appendBytes(STARS, 0, (int) (to - from))).start();
        });
    }

    private static HttpServerResponse head(HttpServerResponse response, int code, long bytes) {
        int status = Interim.send(response, code);
        return response.setStatusCode(status).putHeader("Content-Type", HttpbinReplies.BINARY)
                .putHeader("Content-Length", Long.toString(bytes));
    }
}

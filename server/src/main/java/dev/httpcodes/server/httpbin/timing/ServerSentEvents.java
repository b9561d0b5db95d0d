package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.ServerState;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code /sse?count=&duration=&delay=}: after {@code delay}, {@code count} {@code ping} events (each a JSON object
 * with its number from 0 and the time it was written, in Unix milliseconds), the first at once and the others spread
 * evenly until {@code duration} has passed. The count is capped, as go-httpbin caps it, at what fits in the largest
 * body the server sends; the stream is chunked.
 */
final class ServerSentEvents {
    static final String CONTENT_TYPE = "text/event-stream; charset=utf-8";
    /** Events rendered per write: a few kilobytes, so a slow reader holds little memory. */
    private static final int PER_WRITE = 64;

    private final Vertx vertx;
    private final ServerState state;
    private final HttpbinReplies replies;
    private final TimingOptions options;
    private final long maxCount;

    ServerSentEvents(Vertx vertx, ServerState state, HttpbinReplies replies, TimingOptions options, long maxBodySize) {
        this.vertx = vertx;
        this.state = state;
        this.replies = replies;
        this.options = options;
        this.maxCount = maxCount(maxBodySize);
    }

    /** How many events of the size event 999 has now fit in {@code maxBodySize} bytes (go-httpbin's estimate). */
    static long maxCount(long maxBodySize) {
        return maxBodySize / event(999, System.currentTimeMillis()).length();
    }

    static String event(long id, long millis) {
        return "event: ping\ndata: {\"id\":" + id + ",\"timestamp\":" + millis + "}\n\n";
    }

    void handle(RoutingContext ctx) {
        Duration max = options.maxDuration();
        long count = options.sse().count();
        Duration duration = options.sse().duration();
        Duration delay = options.sse().delay();
        try {
            String value = ctx.queryParams().get("count");
            if (value != null && !value.isEmpty()) {
                count = Params.integer("count", value, 1, maxCount);
            }
            value = ctx.queryParams().get("duration");
            if (value != null && !value.isEmpty()) {
                duration = Params.duration("duration", value, Duration.ofNanos(1), max);
            }
            value = ctx.queryParams().get("delay");
            if (value != null && !value.isEmpty()) {
                delay = Params.duration("delay", value, Duration.ZERO, max);
            }
            Params.total(delay, duration, max);
        } catch (Params.Bad e) {
            replies.badRequest(ctx, e.getMessage());
            return;
        }
        if (ctx.request().method() == HttpMethod.HEAD) {
            ctx.response().putHeader("Content-Type", CONTENT_TYPE).end();
            return;
        }
        Pacer pacer = Pacer.admit(vertx, ctx, state, replies);
        if (pacer == null) {
            return;
        }
        long events = count;
        long pause = events > 1 ? duration.toNanos() / (events - 1) : duration.toNanos();
        pacer.at(System.nanoTime() + delay.toNanos(), () -> {
            HttpServerResponse response = ctx.response().setStatusCode(200).putHeader("Content-Type", CONTENT_TYPE)
                    .setChunked(true);
            new PacedStream(pacer, response, events, pause, PER_WRITE, (from, to) -> {
                long now = System.currentTimeMillis();
                StringBuilder text = new StringBuilder();
                for (long id = from; id < to; id++) {
                    text.append(event(id, now));
                }
                return Buffer.buffer(text.toString().getBytes(StandardCharsets.US_ASCII));
            }).start();
        });
    }
}

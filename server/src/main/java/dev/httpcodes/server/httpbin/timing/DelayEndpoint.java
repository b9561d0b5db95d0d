package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.ServerState;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code /delay/{d}}: the request echo, after {@code d} (a Go duration or seconds, at most the server's maximum
 * duration). The wait is a timer, cancelled when the client goes away.
 */
final class DelayEndpoint {
    private final Vertx vertx;
    private final ServerState state;
    private final HttpbinReplies replies;
    private final Duration max;
    private final Handler<RoutingContext> echo;

    DelayEndpoint(Vertx vertx, ServerState state, HttpbinReplies replies, Duration max, Handler<RoutingContext> echo) {
        this.vertx = vertx;
        this.state = state;
        this.replies = replies;
        this.max = max;
        this.echo = echo;
    }

    void handle(RoutingContext ctx) {
        Duration delay;
        try {
            delay = Params.duration("duration", Objects.requireNonNullElse(ctx.pathParam("d"), ""), Duration.ZERO,
                    max);
        } catch (Params.Bad e) {
            replies.badRequest(ctx, e.getMessage());
            return;
        }
        if (delay.isZero()) {
            echo.handle(ctx);
            return;
        }
        Pacer pacer = Pacer.admit(vertx, ctx, state, replies);
        if (pacer != null) {
            pacer.at(System.nanoTime() + delay.toNanos(), () -> echo.handle(ctx));
        }
    }
}

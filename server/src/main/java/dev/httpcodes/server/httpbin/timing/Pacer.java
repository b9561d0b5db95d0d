package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.ServerState;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * The timers of one slow exchange. It holds one of the server's slots for slow responses until the exchange ends,
 * and at most one timer at a time; when the client goes away, the pending timer is cancelled, so an abandoned
 * request costs nothing further. Actions run on the event loop; a failure in one goes to the router's failure
 * handler, as one in a handler would.
 */
final class Pacer {
    /** The shortest wait between two writes of one stream: finer pauses are served by sending more per write. */
    static final long TICK_NANOS = 10_000_000L;

    private final Vertx vertx;
    private final RoutingContext ctx;
    private long timer = -1;
    private boolean gone;

    private Pacer(Vertx vertx, RoutingContext ctx) {
        this.vertx = vertx;
        this.ctx = ctx;
    }

    /**
     * A pacer for the exchange, or null after answering 503 (with Retry-After) when every slow slot is taken.
     */
    static Pacer admit(Vertx vertx, RoutingContext ctx, ServerState state, HttpbinReplies replies) {
        if (!state.startSlow()) {
            ctx.response().putHeader("Retry-After", "5");
            replies.error(ctx, 503, "too many slow responses in flight (at most "
                    + state.config.capacity().maxSlowResponses() + "); retry later");
            return null;
        }
        Pacer pacer = new Pacer(vertx, ctx);
        // The router's end handlers run when the response ends and when the connection closes or the stream is
        // reset first (the response's own close handler is the router's, so it is not replaced here).
        ctx.addEndHandler(done -> {
            state.endSlow();
            pacer.stop();
        });
        return pacer;
    }

    /** Whether the client is gone (connection closed or stream reset), so nothing more should be written. */
    boolean gone() {
        return gone || ctx.response().closed();
    }

    /** Runs {@code action} once {@link System#nanoTime()} reaches {@code dueNanos}; at once when already due. */
    void at(long dueNanos, Runnable action) {
        if (gone()) {
            return;
        }
        long wait = dueNanos - System.nanoTime();
        if (wait <= 0) {
            run(action);
            return;
        }
        // Rounded up: a write is never early, and timers take whole milliseconds.
        timer = vertx.setTimer((wait + 999_999) / 1_000_000, id -> {
            timer = -1;
            if (!gone()) {
                run(action);
            }
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            ctx.fail(e);
        }
    }

    private void stop() {
        gone = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }
}

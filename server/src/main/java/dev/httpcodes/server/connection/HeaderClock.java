package dev.httpcodes.server.connection;

import io.netty.channel.ChannelHandlerAdapter;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long one connection may still take to deliver a complete request head: started when the connection is
 * accepted, paused while a request is answered ({@link ConnectionGuard} sees the heads and the ends of responses),
 * restarted when the last response is written. When it runs out the connection is closed, however many bytes
 * trickled in: the idle timeout never fires while bytes arrive.
 * <p>
 * It sits first in the pipeline but handles no event, so Netty skips it on every read and write.
 */
public final class HeaderClock extends ChannelHandlerAdapter {
    static final String NAME = "httpcodes-header-clock";

    private final long timeoutNanos;
    private final AtomicLong timedOut;
    private ChannelHandlerContext ctx;
    /** When a request head must have arrived (System.nanoTime), or 0 while the clock is paused. */
    private long deadline;
    private ScheduledFuture<?> timer;
    /** Out of the pipeline: a response finishing later must not start it again. */
    private boolean stopped;

    HeaderClock(long timeoutMillis, AtomicLong timedOut) {
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.timedOut = timedOut;
    }

    /** Called once the channel is registered with its event loop, so the timer runs on that loop. */
    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
        restart();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
        stopped = true;
        deadline = 0;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** A request head arrived: no deadline until its response is written. */
    void pause() {
        deadline = 0;
    }

    /**
     * Starts the clock again. One timer per connection, moved along rather than re-made for every request: on a
     * busy keep-alive connection the clock restarts thousands of times a second.
     */
    void restart() {
        if (stopped) {
            return;
        }
        deadline = System.nanoTime() + timeoutNanos;
        if (timer == null && ctx != null) {
            schedule(timeoutNanos);
        }
    }

    private void schedule(long nanos) {
        timer = ctx.executor().schedule(this::check, nanos, TimeUnit.NANOSECONDS);
    }

    private void check() {
        timer = null;
        if (deadline == 0 || !ctx.channel().isActive()) {
            return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            timedOut.incrementAndGet();
            ctx.channel().close();
        } else {
            schedule(left);
        }
    }
}

package dev.httpcodes.server.protocol;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches one HTTP/1 connection, in its Netty pipeline between the codec and Vert.x.
 * <ul>
 * <li>Header timeout: a connection gets {@code headerTimeout} to deliver a complete request head, counted from
 * when it opens and again from the end of each response, so a client trickling bytes cannot hold it forever (the
 * idle timeout never fires while bytes arrive).</li>
 * <li>Half-close: a client that shuts down its sending side after a request still gets its response (a pending
 * delay included); the connection closes once nothing is left to answer.</li>
 * </ul>
 * Once the connection upgrades to HTTP/2 (h2c), the guard steps out: HTTP/2 has its own flow control and the idle
 * timeout covers it.
 */
public final class ConnectionGuard extends ChannelDuplexHandler {
    public static final String NAME = "httpcodes-guard";

    private final long timeoutMillis;
    private final AtomicLong timedOut;
    /** When the connection must have delivered a request head (System.nanoTime), or 0 while one is answered. */
    private long deadline;
    private ScheduledFuture<?> timer;
    private int inFlight;
    private boolean inputClosed;

    public ConnectionGuard(long timeoutMillis, AtomicLong timedOut) {
        this.timeoutMillis = timeoutMillis;
        this.timedOut = timedOut;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        arm(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        stop();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest) {
            cancel();
            inFlight++;
        } else if (!(msg instanceof HttpContent)) {
            // Raw bytes past the HTTP/1 codec: the connection speaks HTTP/2 now.
            ctx.pipeline().remove(this);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse r && r.status().code() == 101) {
            ctx.pipeline().remove(this);
        } else if (msg instanceof LastHttpContent) {
            ChannelPromise p = promise.unvoid();
            p.addListener(f -> responseDone(ctx));
            ctx.write(msg, p);
            return;
        }
        ctx.write(msg, promise);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof ChannelInputShutdownEvent) {
            inputClosed = true;
            if (inFlight == 0) {
                ctx.close();
            }
            return;
        }
        if (evt == ChannelInputShutdownReadComplete.INSTANCE) {
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    private void responseDone(ChannelHandlerContext ctx) {
        if (inFlight > 0) {
            inFlight--;
        }
        if (inFlight == 0) {
            if (inputClosed) {
                ctx.close();
            } else if (ctx.channel().isActive()) {
                arm(ctx);
            }
        }
    }

    /**
     * Starts the header clock. One timer per connection, moved along rather than re-made for every request: on a
     * busy keep-alive connection the clock is reset thousands of times a second.
     */
    private void arm(ChannelHandlerContext ctx) {
        deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        if (timer == null) {
            schedule(ctx, timeoutMillis);
        }
    }

    private void schedule(ChannelHandlerContext ctx, long millis) {
        timer = ctx.executor().schedule(() -> check(ctx), millis, TimeUnit.MILLISECONDS);
    }

    private void check(ChannelHandlerContext ctx) {
        timer = null;
        if (deadline == 0 || !ctx.channel().isActive()) {
            return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            timedOut.incrementAndGet();
            ctx.close();
        } else {
            schedule(ctx, TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
    }

    private void cancel() {
        deadline = 0;
    }

    /** Stops the clock for good (the connection left HTTP/1). */
    private void stop() {
        deadline = 0;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}

package dev.httpcodes.server.connection;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Watches one HTTP/1 connection, in its Netty pipeline between the codec and Vert.x.
 * <ul>
 * <li>Header clock: a request head pauses the connection's {@link HeaderClock}; the end of the last response in
 * flight restarts it, so a kept-alive connection gets the same time for each later request head.</li>
 * <li>Half-close: a client that shuts down its sending side after a request still gets its response (a pending
 * delay included); the connection closes once nothing is left to answer.</li>
 * </ul>
 * Once the connection upgrades to HTTP/2 (h2c), the guard and the clock step out: HTTP/2 has its own flow control
 * and the idle timeout covers it.
 */
public final class ConnectionGuard extends ChannelDuplexHandler {
    public static final String NAME = "httpcodes-guard";

    private final HeaderClock clock;
    private int inFlight;
    private boolean inputClosed;

    private ConnectionGuard(HeaderClock clock) {
        this.clock = clock;
    }

    /**
     * Puts a guard before Vert.x's handler of an HTTP/1 connection accepted by {@link Admission}; does nothing when
     * it has one already or the connection came some other way.
     */
    public static void install(ChannelPipeline pipeline) {
        if (pipeline.get(NAME) == null && pipeline.get(HeaderClock.NAME) instanceof HeaderClock clock) {
            pipeline.addBefore("handler", NAME, new ConnectionGuard(clock));
        }
    }

    /** An HTTP/2 connection: its streams are not watched here, so the clock stops for good. */
    public static void leave(ChannelPipeline pipeline) {
        if (pipeline.get(HeaderClock.NAME) != null) {
            pipeline.remove(HeaderClock.NAME);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest) {
            clock.pause();
            inFlight++;
        } else if (!(msg instanceof HttpContent)) {
            // Raw bytes past the HTTP/1 codec: the connection speaks HTTP/2 now.
            stepOut(ctx);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse r && r.status().code() == 101) {
            stepOut(ctx);
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

    private void stepOut(ChannelHandlerContext ctx) {
        leave(ctx.pipeline());
        ctx.pipeline().remove(this);
    }

    private void responseDone(ChannelHandlerContext ctx) {
        if (inFlight > 0) {
            inFlight--;
        }
        if (inFlight == 0) {
            if (inputClosed) {
                ctx.close();
            } else if (ctx.channel().isActive()) {
                clock.restart();
            }
        }
    }
}

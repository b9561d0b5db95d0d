package dev.httpcodes.server.connection;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * On a listening socket, sees each connection the moment it is accepted, before Vert.x sets it up: closes it at
 * once when {@code maxConnections} are open, else starts its {@link HeaderClock} and, on a plain port, the
 * {@link FirstBytes} that swap in the framing-aware decoder.
 * <p>
 * Counting here, not in Vert.x's connection handler, also counts connections that never send a request (Vert.x
 * announces a plain-port connection only once its first request head is complete).
 */
@ChannelHandler.Sharable
final class Admission extends ChannelInboundHandlerAdapter {
    /** What the caps are and where their counts go; one for every listener of a server. */
    record Limits(int maxConnections, long headerTimeoutMillis, AtomicInteger open, AtomicLong refused,
            AtomicLong headerTimeouts) {
    }

    private final Limits limits;
    private final HttpServerOptions options;

    Admission(Limits limits, HttpServerOptions options) {
        this.limits = limits;
        this.options = options;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Channel child) {
            if (limits.open().incrementAndGet() > limits.maxConnections()) {
                limits.open().decrementAndGet();
                limits.refused().incrementAndGet();
                // Not yet registered with an event loop: closed as Netty closes a child it cannot register.
                child.unsafe().closeForcibly();
                return;
            }
            child.closeFuture().addListener(f -> limits.open().decrementAndGet());
            // Added before Vert.x's own handlers, which the acceptor adds after this returns.
            child.pipeline().addLast(HeaderClock.NAME, new HeaderClock(limits.headerTimeoutMillis(),
                    limits.headerTimeouts()));
            if (!options.isSsl()) {
                child.pipeline().addLast(FirstBytes.NAME, new FirstBytes(options));
            }
        }
        ctx.fireChannelRead(msg);
    }
}

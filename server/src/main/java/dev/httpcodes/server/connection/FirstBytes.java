package dev.httpcodes.server.connection;

import dev.httpcodes.server.protocol.FramingCheck;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.impl.Http1xOrH2CHandler;

/**
 * The first bytes of a plain-port connection, until Vert.x knows whether it speaks HTTP/1 or HTTP/2 (h2c with prior
 * knowledge). Vert.x makes its HTTP/1 decoder only then, so this hands its protocol detector one byte at a time and,
 * the moment the decoder exists and before it has a whole request head, replaces it with {@link FramingCheck}.
 * <p>
 * Replacing the decoder any later (once Vert.x announces the connection, which on a plain port is after the first
 * request head) would lose the state of a request half decoded and break pipelined requests.
 */
final class FirstBytes extends ChannelInboundHandlerAdapter {
    static final String NAME = "httpcodes-first-bytes";

    private final HttpServerOptions options;

    FirstBytes(HttpServerOptions options) {
        this.options = options;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf bytes)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ChannelPipeline pipeline = ctx.pipeline();
        // The detector decides at the first byte that differs from the HTTP/2 preface: for GET, the first byte.
        while (bytes.isReadable() && pipeline.get(Http1xOrH2CHandler.class) != null) {
            ctx.fireChannelRead(bytes.readRetainedSlice(1));
        }
        boolean decided = pipeline.get(Http1xOrH2CHandler.class) == null;
        if (decided) {
            FramingCheck.replaceDecoder(pipeline, options);
        }
        if (bytes.isReadable()) {
            ctx.fireChannelRead(bytes);
        } else {
            bytes.release();
        }
        if (decided && ctx.channel().isActive()) {
            pipeline.remove(this);
        }
    }
}

package dev.httpcodes.server.protocol;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpMessage;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.impl.VertxHttpRequestDecoder;

/**
 * The HTTP/1 request decoder, marking a request that carries both Content-Length and Transfer-Encoding: chunked.
 * <p>
 * Netty drops the Content-Length of such a request and reads it by Transfer-Encoding, which RFC 9112 §6.1 allows,
 * but the same section requires the connection to be closed after the response, since the message may be a
 * smuggling attempt. The decoder only marks the request; {@link Framing} answers 400 and closes.
 */
public final class FramingCheck extends VertxHttpRequestDecoder {
    /** Name of the header field that marks the request; no client has a reason to send it. */
    static final String MARK = "x-httpcodes-internal-conflicting-framing";
    /** The name Vert.x gives its decoder in the pipeline. */
    public static final String DECODER = "httpDecoder";

    private FramingCheck(HttpServerOptions options) {
        super(options);
    }

    /**
     * Puts this decoder in place of Vert.x's. Only safe before the old decoder has produced a request head: bytes it
     * holds are handed on to the new one by Netty, but a message it is half-way through would be lost.
     */
    public static void replaceDecoder(ChannelPipeline pipeline, HttpServerOptions options) {
        ChannelHandler decoder = pipeline.get(DECODER);
        if (decoder != null && !(decoder instanceof FramingCheck)) {
            pipeline.replace(DECODER, DECODER, new FramingCheck(options));
        }
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        super.handleTransferEncodingChunkedWithContentLength(message);
        message.headers().set(MARK, "content-length and transfer-encoding");
    }
}

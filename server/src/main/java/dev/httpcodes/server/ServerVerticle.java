package dev.httpcodes.server;

import dev.httpcodes.server.ops.AccessLog;
import dev.httpcodes.server.ops.Metrics;
import dev.httpcodes.server.connection.ConnectionGuard;
import dev.httpcodes.server.protocol.FramingCheck;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the server on one event loop: its own router and listeners (Vert.x spreads the connections of
 * one port over the instances), sharing everything else through {@link ServerState}.
 */
final class ServerVerticle extends VerticleBase {
    private final ServerState state;
    private final HttpServerOptions plainOptions;
    private final Optional<HttpServerOptions> tlsOptions;
    private final List<HttpServer> servers = new ArrayList<>();
    private Optional<AccessLog.Lines> lines = Optional.empty();
    private long flushTimer = -1;

    ServerVerticle(ServerState state, HttpServerOptions plainOptions, Optional<HttpServerOptions> tlsOptions) {
        this.state = state;
        this.plainOptions = plainOptions;
        this.tlsOptions = tlsOptions;
    }

    @Override
    public Future<?> start() {
        lines = state.accessLog.map(AccessLog::lines);
        Router router = Routes.build(vertx, state, lines, state.config.prefix());
        lines.ifPresent(l -> flushTimer = vertx.setPeriodic(AccessLog.FLUSH_MILLIS, id -> l.flush()));
        Future<HttpServer> listening = listen(router, plainOptions);
        if (tlsOptions.isPresent()) {
            listening = listening.compose(s -> listen(router, tlsOptions.get()));
        }
        return listening;
    }

    private Future<HttpServer> listen(Router router, HttpServerOptions options) {
        HttpServer server = vertx.createHttpServer(options).requestHandler(router)
                .connectionHandler(c -> connected(c, options)).invalidRequestHandler(this::invalid);
        servers.add(server);
        return server.listen();
    }

    int plainPort() {
        return servers.get(0).actualPort();
    }

    Optional<Integer> tlsPort() {
        return servers.size() > 1 ? Optional.of(servers.get(1).actualPort()) : Optional.empty();
    }

    /** Stops accepting, lets exchanges in flight finish for up to {@code seconds}. */
    Future<?> shutdown(int seconds) {
        List<Future<Void>> done = new ArrayList<>();
        for (HttpServer s : servers) {
            done.add(s.shutdown(seconds, TimeUnit.SECONDS));
        }
        return Future.join(done);
    }

    @Override
    public Future<?> stop() {
        if (flushTimer >= 0) {
            vertx.cancelTimer(flushTimer);
        }
        lines.ifPresent(AccessLog.Lines::flush);
        return Future.succeededFuture();
    }

    /**
     * A connection Vert.x has set up (on a plain port, once its first request head is complete). On HTTP/1 the guard
     * goes in and, on TLS, the framing-aware decoder (no request head decoded yet there); an HTTP/2 connection leaves
     * the header clock behind. The cap and the clock started at accept ({@code AdmittingTransport}).
     */
    private void connected(HttpConnection connection, HttpServerOptions options) {
        if (!(connection instanceof HttpServerConnection internal)) {
            return;
        }
        Channel channel = internal.channelHandlerContext().channel();
        ChannelPipeline pipeline = channel.pipeline();
        if (pipeline.get(FramingCheck.DECODER) == null) {
            ConnectionGuard.leave(pipeline);
            return;
        }
        if (options.isSsl()) {
            FramingCheck.replaceDecoder(pipeline, options);
        } else {
            channel.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        }
        ConnectionGuard.install(pipeline);
    }

    /** A request the HTTP codec refused (414, 431, 400): answered as Vert.x does, and logged and counted. */
    private void invalid(HttpServerRequest request) {
        long start = System.nanoTime();
        HttpServerRequest.DEFAULT_INVALID_REQUEST_HANDLER.handle(request);
        int status = request.response().getStatusCode();
        state.metrics.record(Metrics.REJECTED, request.method(), status, System.nanoTime() - start);
        lines.ifPresent(l -> l.log(request, status, 0, "rejected"));
    }
}

package dev.httpcodes.server;

import dev.httpcodes.core.Registry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The running server. {@link #start} binds and returns once it listens; {@link #stop} stops accepting, lets requests
 * in flight finish (up to a grace period), then releases everything.
 */
public final class HttpcodesServer implements AutoCloseable {
    /** How long a graceful stop waits for requests in flight. */
    public static final int GRACE_SECONDS = 10;

    private final Vertx vertx;
    private final HttpServer server;
    private final Optional<AccessLog> accessLog;

    private HttpcodesServer(Vertx vertx, HttpServer server, Optional<AccessLog> accessLog) {
        this.vertx = vertx;
        this.server = server;
        this.accessLog = accessLog;
    }

    /**
     * Starts a server and waits until it listens.
     *
     * @throws IllegalStateException naming the address when it cannot bind
     */
    public static HttpcodesServer start(ServerConfig config) {
        Vertx vertx = Vertx.vertx();
        Optional<AccessLog> accessLog = Optional.empty();
        try {
            accessLog = config.accessLog().map(AccessLog::new);
            HttpServerOptions options = new HttpServerOptions()
                    .setHost(config.host()).setPort(config.port())
                    .setCompressionSupported(true)
                    .setMaxInitialLineLength(Limits.MAX_REQUEST_LINE)
                    .setMaxHeaderSize(Limits.MAX_HEADER_SIZE)
                    .setIdleTimeout(Limits.IDLE_TIMEOUT_SECONDS).setIdleTimeoutUnit(TimeUnit.SECONDS);
            HttpServer server = vertx.createHttpServer(options)
                    .requestHandler(Routes.build(vertx, Registry.standard(), new Metrics(), accessLog));
            server.listen().await();
            return new HttpcodesServer(vertx, server, accessLog);
        } catch (Exception e) {
            // Future.await() rethrows the cause as it is, checked ones (BindException) included.
            vertx.close().await();
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The port it listens on (the one chosen, when started with port 0). */
    public int port() {
        return server.actualPort();
    }

    /** Graceful stop: no new connections, requests in flight finish, then everything is released. */
    public void stop() {
        server.shutdown(GRACE_SECONDS, TimeUnit.SECONDS).await();
        vertx.close().await();
        for (AccessLog log : accessLog.stream().toList()) {
            try {
                log.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}

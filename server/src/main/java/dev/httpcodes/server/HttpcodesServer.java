package dev.httpcodes.server;

import dev.httpcodes.core.Registry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.Http2Settings;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.ext.web.Router;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The running server. {@link #start} binds and returns once it listens; {@link #stop} stops accepting, lets requests
 * in flight finish (up to a grace period), then releases everything.
 */
public final class HttpcodesServer implements AutoCloseable {
    /** How long a graceful stop waits for requests in flight. */
    public static final int GRACE_SECONDS = 10;

    /** HTTP/2 streams one connection may have open at once (h2c and TLS). */
    static final int MAX_CONCURRENT_STREAMS = 1000;

    private final Vertx vertx;
    private final HttpServer server;
    private final Optional<HttpServer> tlsServer;
    private final Optional<AccessLog> accessLog;
    private final Optional<SelfSignedCertificate> selfSigned;

    private HttpcodesServer(Vertx vertx, HttpServer server, Optional<HttpServer> tlsServer,
            Optional<AccessLog> accessLog, Optional<SelfSignedCertificate> selfSigned) {
        this.vertx = vertx;
        this.server = server;
        this.tlsServer = tlsServer;
        this.accessLog = accessLog;
        this.selfSigned = selfSigned;
    }

    /**
     * Starts a server and waits until it listens.
     *
     * @throws IllegalStateException naming the address when it cannot bind
     */
    public static HttpcodesServer start(ServerConfig config) {
        return start(config, Registry.standard());
    }

    /** Starts a server on a registry of one's own, such as the standard one plus a user's catalogue. */
    public static HttpcodesServer start(ServerConfig config, Registry registry) {
        Vertx vertx = Vertx.vertx();
        Optional<AccessLog> accessLog = Optional.empty();
        try {
            accessLog = config.accessLog().map(AccessLog::new);
            Router router = Routes.build(vertx, registry, new Metrics(), accessLog, config.maxDelay());
            HttpServer server = vertx.createHttpServer(options(config.host(), config.port())).requestHandler(router);
            server.listen().await();
            Optional<HttpServer> tls = Optional.empty();
            Optional<SelfSignedCertificate> selfSigned = Optional.empty();
            if (config.tls().isPresent()) {
                ServerConfig.Tls t = config.tls().get();
                HttpServerOptions options = options(config.host(), t.port()).setSsl(true).setUseAlpn(true);
                if (t.certificate().isPresent()) {
                    options.setKeyCertOptions(new PemKeyCertOptions().setCertPath(t.certificate().get().toString())
                            .setKeyPath(t.key().orElseThrow().toString()));
                } else {
                    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
                    selfSigned = Optional.of(certificate);
                    options.setKeyCertOptions(certificate.keyCertOptions());
                }
                HttpServer tlsServer = vertx.createHttpServer(options).requestHandler(router);
                tlsServer.listen().await();
                tls = Optional.of(tlsServer);
            }
            return new HttpcodesServer(vertx, server, tls, accessLog, selfSigned);
        } catch (Exception e) {
            // Future.await() rethrows the cause as it is, checked ones (BindException) included.
            vertx.close().await();
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
    }

    private static HttpServerOptions options(String host, int port) {
        return new HttpServerOptions()
                .setHost(host).setPort(port)
                .setCompressionSupported(true)
                .setMaxInitialLineLength(Limits.MAX_REQUEST_LINE)
                .setMaxHeaderSize(Limits.MAX_HEADER_SIZE)
                .setInitialSettings(new Http2Settings().setMaxConcurrentStreams(MAX_CONCURRENT_STREAMS)
                        .setMaxHeaderListSize(Limits.MAX_HEADER_SIZE))
                .setIdleTimeout(Limits.IDLE_TIMEOUT_SECONDS).setIdleTimeoutUnit(TimeUnit.SECONDS);
    }

    /** The port it listens on (the one chosen, when started with port 0). */
    public int port() {
        return server.actualPort();
    }

    /** The HTTPS port, when started with TLS. */
    public Optional<Integer> tlsPort() {
        return tlsServer.map(HttpServer::actualPort);
    }

    /** Graceful stop: no new connections, requests in flight finish, then everything is released. */
    public void stop() {
        tlsServer.ifPresent(s -> s.shutdown(GRACE_SECONDS, TimeUnit.SECONDS).await());
        server.shutdown(GRACE_SECONDS, TimeUnit.SECONDS).await();
        selfSigned.ifPresent(SelfSignedCertificate::delete);
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

package dev.httpcodes.server;

import dev.httpcodes.core.Registry;
import dev.httpcodes.server.connection.AdmittingTransport;
import dev.httpcodes.server.ops.AccessLog;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.Http2Settings;
import io.vertx.core.http.HttpServerOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The running server. {@link #start} binds and returns once it listens; {@link #stop} stops accepting, lets requests
 * in flight finish (up to a grace period), then releases everything.
 * <p>
 * One {@link ServerVerticle} per event loop (by default one per core) serves the same ports; Vert.x hands each new
 * connection to one of them.
 */
public final class HttpcodesServer implements AutoCloseable {
    /** How long a graceful stop waits for requests in flight. */
    public static final int GRACE_SECONDS = 10;

    /** HTTP/2 streams one connection may have open at once (h2c and TLS). */
    static final int MAX_CONCURRENT_STREAMS = 1000;

    private final Vertx vertx;
    private final ServerState state;
    private final List<ServerVerticle> instances;

    private HttpcodesServer(Vertx vertx, ServerState state, List<ServerVerticle> instances) {
        this.vertx = vertx;
        this.state = state;
        this.instances = instances;
    }

    /**
     * Starts a server and waits until it listens.
     *
     * @throws IllegalStateException naming the address when it cannot bind
     */
    public static HttpcodesServer start(ServerConfig config) {
        return start(config, Registry.standard(), System.err);
    }

    /** Starts a server on a registry of one's own, such as the standard one plus a user's catalogue. */
    public static HttpcodesServer start(ServerConfig config, Registry registry) {
        return start(config, registry, System.err);
    }

    /** As {@link #start(ServerConfig)}, with the server's own messages (dropped log lines, failures) to {@code err}. */
    public static HttpcodesServer start(ServerConfig config, PrintStream err) {
        return start(config, Registry.standard(), err);
    }

    /** A server on this registry, with its own messages (dropped log lines, failures) to {@code err}. */
    public static HttpcodesServer start(ServerConfig config, Registry registry, PrintStream err) {
        int loops = config.capacity().eventLoops();
        Optional<AccessLog> accessLog = config.accessLog().map(target -> new AccessLog(target, err));
        ServerState state;
        try {
            state = new ServerState(config, registry, accessLog);
        } catch (RuntimeException e) {
            accessLog.ifPresent(AccessLog::close);
            throw e;
        }
        Vertx vertx = Vertx.builder().with(new VertxOptions().setEventLoopPoolSize(loops))
                .withTransport(new AdmittingTransport(config.capacity().maxConnections(),
                        config.capacity().headerTimeout().toMillis(), state.openConnections,
                        state.refusedConnections, state.headerTimeouts))
                .build();
        try {
            // Port 0 becomes a negative port: Vert.x then picks one random port that every instance shares.
            HttpServerOptions plain = plain(config, config.port() == 0 ? -1 : config.port());
            Optional<HttpServerOptions> tls = config.tls().map(t -> tls(config, t, t.port() == 0 ? -2 : t.port()));
            List<ServerVerticle> instances = new ArrayList<>();
            vertx.deployVerticle(() -> {
                ServerVerticle v = new ServerVerticle(state, new HttpServerOptions(plain),
                        tls.map(HttpServerOptions::new));
                synchronized (instances) {
                    instances.add(v);
                }
                return v;
            }, new DeploymentOptions().setInstances(loops)).await();
            state.origin(config.origin(instances.get(0).plainPort()));
            return new HttpcodesServer(vertx, state, instances);
        } catch (Exception e) {
            // Future.await() rethrows the cause as it is, checked ones (BindException) included.
            vertx.close().await();
            accessLog.ifPresent(AccessLog::close);
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
    }

    private static HttpServerOptions plain(ServerConfig config, int port) {
        // Delays up to --max-delay leave a connection silent on purpose, so they lengthen the idle timeout; the
        // header clock, not the idle timeout, closes HTTP/1 connections that are silent between requests.
        long idle = config.capacity().idleTimeout().plus(config.maxDelay()).toMillis();
        return new HttpServerOptions()
                .setHost(config.host()).setPort(port)
                .setCompressionSupported(true)
                // No HTTP/2 on the plain port. Vert.x 5.0.7's h2c upgrade sometimes never sends the DATA of a first
                // response larger than one frame (16 KiB), and the JDK client, which upgrades by default, then
                // waits for ever. HTTP/1.1 there and HTTP/2 over TLS (ALPN) have no such failure; docs/ has the
                // trace.
                .setHttp2ClearTextEnabled(false)
                // Level 1, as nginx's gzip default: deflate at Vert.x's default 6 took most of a gzip response's
                // time (bench/server-wrk.sh) for pages a few per cent smaller.
                .setCompressionLevel(1)
                .setMaxInitialLineLength(Limits.MAX_REQUEST_LINE)
                .setMaxHeaderSize(Limits.MAX_HEADER_SIZE)
                // The codec's own WebSocket caps are the largest an echo session may be granted; each session
                // enforces its client's smaller limits itself, with go-httpbin's close codes.
                .setMaxWebSocketFrameSize((int) config.httpbin().maxBodySize())
                .setMaxWebSocketMessageSize((int) config.httpbin().maxBodySize())
                .setInitialSettings(new Http2Settings().setMaxConcurrentStreams(MAX_CONCURRENT_STREAMS)
                        .setMaxHeaderListSize(Limits.MAX_HEADER_SIZE))
                .setIdleTimeout((int) Math.min(Integer.MAX_VALUE, idle)).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    }

    private static HttpServerOptions tls(ServerConfig config, ServerConfig.Tls t, int port) {
        return TlsSetup.apply(plain(config, port), t, config.host());
    }

    /** The port it listens on (the one chosen, when started with port 0). */
    public int port() {
        return instances.get(0).plainPort();
    }

    /** The HTTPS port, when started with TLS. */
    public Optional<Integer> tlsPort() {
        return instances.get(0).tlsPort();
    }

    /** How many event loops serve requests. */
    public int eventLoops() {
        return instances.size();
    }

    /** Graceful stop: no new connections, requests in flight finish, then everything is released. */
    public void stop() {
        List<Future<?>> shutdowns = new ArrayList<>();
        for (ServerVerticle v : instances) {
            shutdowns.add(v.shutdown(GRACE_SECONDS));
        }
        Future.join(shutdowns).await();
        vertx.close().await(); // undeploys every instance, which hands its last log lines to the writer
        state.accessLog.ifPresent(AccessLog::close);
    }

    @Override
    public void close() {
        stop();
    }
}

package dev.httpcodes.server;

import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusCode;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.server.ops.AccessLog;
import dev.httpcodes.server.ops.Metrics;
import dev.httpcodes.server.ops.RateLimiter;
import dev.httpcodes.server.protocol.ResponseCache;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every event loop of one server shares: the registry and its search index, the response cache, the rate
 * limiter, metrics, the access log and the counts behind the caps. Each part is safe to use from several event loops
 * at once.
 */
public final class ServerState {
    public final ServerConfig config;
    public final Registry registry;
    final Search search;
    final Metrics metrics;
    final ResponseCache cache;
    public final RateLimiter rateLimiter = new RateLimiter();
    final Optional<AccessLog> accessLog;
    final AtomicInteger openConnections = new AtomicInteger();
    final AtomicLong refusedConnections = new AtomicLong();
    final AtomicLong headerTimeouts = new AtomicLong();
    private final AtomicInteger slowResponses = new AtomicInteger();
    final AtomicLong refusedSlowResponses = new AtomicLong();
    /** The origin shown in example commands; known once the plain listener has its port. */
    private volatile String origin;

    ServerState(ServerConfig config, Registry registry, Optional<AccessLog> accessLog) {
        this.config = config;
        this.registry = registry;
        this.search = new Search(registry);
        this.accessLog = accessLog;
        this.cache = new ResponseCache(config.capacity().cacheBytes());
        this.metrics = new Metrics(code -> !registry.find(StatusCode.of(code)).isEmpty());
        metrics.gauge("http_server_connections_open", "Open client connections", openConnections,
                AtomicInteger::get);
        metrics.gauge("http_server_slow_responses_in_flight", "Delayed or dripped responses not yet finished",
                slowResponses, AtomicInteger::get);
        metrics.counter("http_server_connections_refused", "Connections closed at once: too many open",
                refusedConnections);
        metrics.counter("http_server_header_timeouts", "Connections closed for not sending a request head in time",
                headerTimeouts);
        metrics.counter("http_server_slow_responses_refused", "Slow responses refused with 503: too many in flight",
                refusedSlowResponses);
        accessLog.ifPresent(log -> metrics.counter("httpcodes_access_log_dropped_lines",
                "Access-log lines dropped because the log sink could not keep up", log.droppedCounter()));
    }

    /** Takes a slot for a slow response; false (and counted) when all {@code maxSlowResponses} are taken. */
    public boolean startSlow() {
        if (slowResponses.incrementAndGet() > config.capacity().maxSlowResponses()) {
            slowResponses.decrementAndGet();
            refusedSlowResponses.incrementAndGet();
            return false;
        }
        return true;
    }

    public void endSlow() {
        slowResponses.decrementAndGet();
    }

    int slowResponses() {
        return slowResponses.get();
    }

    void origin(String value) {
        origin = value;
    }

    String origin() {
        return origin;
    }
}

package dev.httpcodes.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code /metrics} in Prometheus text format: requests by route and status code, requests in flight, and a
 * latency histogram. Routes
 * are labelled by their pattern ({@code /codes/:id}), never by the raw path, so a client cannot grow the label set.
 */
final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Meters by their labels, so a request costs a map lookup rather than building a meter. */
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    Metrics() {
        Gauge.builder("http_server_requests_in_flight", inFlight, AtomicInteger::get)
                .description("Requests received and not yet answered").register(registry);
    }

    /** Records the request when its response ends. */
    void track(RoutingContext ctx) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        ctx.addEndHandler(done -> {
            inFlight.decrementAndGet();
            String route = ctx.currentRoute() == null ? "other"
                    : ctx.currentRoute().getName() != null ? ctx.currentRoute().getName()
                    : ctx.currentRoute().getPath() != null ? ctx.currentRoute().getPath() : "other";
            String method = ctx.request().method().name();
            String status = Integer.toString(ctx.response().getStatusCode());
            counters.computeIfAbsent(route + ' ' + method + ' ' + status, k -> Counter.builder("http_server_requests")
                    .description("HTTP requests by route and status code")
                    .tag("route", route).tag("method", method).tag("status", status).register(registry))
                    .increment();
            timers.computeIfAbsent(route, k -> Timer.builder("http_server_request_duration")
                    .description("Time from request to response end").tag("route", route)
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(50_000))
                    .maximumExpectedValue(Duration.ofSeconds(10)).register(registry))
                    .record(Duration.ofNanos(System.nanoTime() - start));
        });
        ctx.next();
    }

    void scrape(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .putHeader("Cache-Control", "no-store").end(registry.scrape());
    }
}

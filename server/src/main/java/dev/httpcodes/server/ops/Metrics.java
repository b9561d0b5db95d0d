package dev.httpcodes.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToDoubleFunction;

/**
 * {@code /metrics} in Prometheus text format: requests by route, method and status, requests in flight, open
 * connections, slow responses in flight, dropped access-log lines, and a latency histogram per route.
 * <p>
 * Every label comes from a closed set, so no client can grow the number of series: routes by their pattern
 * ({@code /codes/:id}, never the raw path), methods from the standard ones (anything else is {@code other}), and
 * statuses from the numbers the registry knows (a code nobody registered counts under its class, {@code 7xx}).
 * Safe on several event loops at once: meters are created once and looked up without locks.
 */
public final class Metrics {
    /** The methods that keep their own label. */
    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
            "CONNECT");
    static final String OTHER = "other";
    /** Route label of requests the HTTP codec refused before any route saw them (414, 431, 400). */
    public static final String REJECTED = "rejected";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ConcurrentHashMap<String, RouteMeters> routes = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final java.util.function.IntPredicate knownStatus;

    /** @param knownStatus which numbers keep their own status label */
    public Metrics(java.util.function.IntPredicate knownStatus) {
        this.knownStatus = knownStatus;
        Gauge.builder("http_server_requests_in_flight", inFlight, AtomicInteger::get)
                .description("Requests received and not yet answered").register(registry);
    }

    /** A gauge read when scraped (open connections, slow responses in flight). */
    public <T> void gauge(String name, String description, T state, ToDoubleFunction<T> value) {
        Gauge.builder(name, state, value).description(description).register(registry);
    }

    /** A counter kept elsewhere (dropped log lines), read when scraped. */
    public void counter(String name, String description, AtomicLong count) {
        FunctionCounter.builder(name, count, AtomicLong::get).description(description).register(registry);
    }

    /** Records the request when its response ends. */
    public void track(RoutingContext ctx) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        ctx.addEndHandler(done -> {
            inFlight.decrementAndGet();
            Route route = ctx.currentRoute();
            record(route == null ? OTHER : route.getName() != null ? route.getName()
                    : route.getPath() != null ? route.getPath() : OTHER,
                    ctx.request().method(), ctx.response().getStatusCode(), System.nanoTime() - start);
        });
        ctx.next();
    }

    /** One answered request. */
    public void record(String route, HttpMethod method, int status, long nanos) {
        RouteMeters meters = routes.computeIfAbsent(route, RouteMeters::new);
        meters.counter(methodIndex(method), status).increment();
        meters.timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static int methodIndex(HttpMethod method) {
        int i = METHODS.indexOf(method.name());
        return i < 0 ? METHODS.size() : i;
    }

    /** The status label: the number when the registry knows it, otherwise its class. */
    private String statusLabel(int status) {
        if (status >= 100 && status <= 999 && knownStatus.test(status)) {
            return Integer.toString(status);
        }
        return status >= 100 && status <= 999 ? (status / 100) + "xx" : OTHER;
    }

    /** Meters of one route: counters by method and status, made on first use. */
    private final class RouteMeters {
        private final String route;
        private final Timer timer;
        /** [method][status 0-999], status outside 100-999 under 0. */
        private final AtomicReferenceArray<Counter> counters = new AtomicReferenceArray<>((METHODS.size() + 1) * 1000);
        private final Map<String, Counter> byLabels = new ConcurrentHashMap<>();

        RouteMeters(String route) {
            this.route = route;
            this.timer = Timer.builder("http_server_request_duration").description("Time from request to response end")
                    .tag("route", route).publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(50_000))
                    .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
        }

        public Counter counter(int method, int status) {
            int slot = method * 1000 + (status >= 100 && status <= 999 ? status : 0);
            Counter c = counters.get(slot);
            if (c == null) {
                String methodLabel = method < METHODS.size() ? METHODS.get(method) : OTHER;
                String statusLabel = statusLabel(status);
                // Several numbers share a class label, so the meter is found by its labels.
                c = byLabels.computeIfAbsent(methodLabel + ' ' + statusLabel, k -> Counter
                        .builder("http_server_requests").description("HTTP requests by route, method and status")
                        .tag("route", route).tag("method", methodLabel).tag("status", statusLabel)
                        .register(registry));
                counters.set(slot, c);
            }
            return c;
        }
    }

    public void scrape(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .putHeader("Cache-Control", "no-store").end(registry.scrape());
    }
}

package dev.httpcodes.server;

import dev.httpcodes.server.httpbin.HttpbinOptions;
import dev.httpcodes.server.httpbin.timing.TimingOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to run the server.
 *
 * @param host      address to bind; 127.0.0.1 unless the operator chooses to face a network
 * @param port      0 picks a free port
 * @param accessLog where the nginx "combined" access log goes: empty for none, {@code -} for standard output
 * @param maxDelay  the longest delay a client may ask the test endpoints for (sleep, /delay, /drip)
 * @param tls       an HTTPS listener besides the plain one, when present
 * @param capacity  how much of the machine the server uses and how much of it one client may hold
 * @param publicUrl the scheme and authority pages show in example commands; empty for the listening address
 * @param httpbin   the go-httpbin options (body cap, headers left out of echoes, reported hostname)
 * @param timing    the caps and defaults of go-httpbin's timed endpoints (/delay, /drip, /sse)
 * @param redirectDomains the hosts go-httpbin's /redirect-to may send a client to; none means relative URLs only
 * @param prefix    the path every route is served under ({@code /httpbin}); empty for the root
 */
public record ServerConfig(String host, int port, Optional<String> accessLog, Duration maxDelay,
        Optional<Tls> tls, Capacity capacity, Optional<String> publicUrl, HttpbinOptions httpbin,
        TimingOptions timing, Set<String> redirectDomains, String prefix) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(5);

    /**
     * The HTTPS listener: a port (0 picks a free one) and PEM files, or none for a self-signed certificate made at
     * start; {@code hsts} adds Strict-Transport-Security to its responses.
     */
    public record Tls(int port, Optional<Path> certificate, Optional<Path> key, boolean hsts) {
        public Tls {
            checkPort(port);
            if (certificate.isPresent() != key.isPresent()) {
                throw new IllegalArgumentException("--cert and --key go together");
            }
        }

        public Tls(int port, Optional<Path> certificate, Optional<Path> key) {
            this(port, certificate, key, false);
        }
    }

    /**
     * Threads and caps.
     *
     * @param eventLoops       server instances, one event loop each (default: one per core)
     * @param maxConnections   open connections beyond which new ones are closed at once
     * @param maxSlowResponses delayed or dripped responses in flight beyond which new ones get 503
     * @param headerTimeout    how long a connection may take to send a complete request head, from accept and from
     *                         the end of the previous response
     * @param cacheBytes       the most bytes the response cache keeps
     * @param idleTimeout      silence after which a connection is closed; lengthened by the maximum delay, so a
     *                         delay the server grants is never cut
     */
    public record Capacity(int eventLoops, int maxConnections, int maxSlowResponses, Duration headerTimeout,
            long cacheBytes, Duration idleTimeout) {
        public static final int DEFAULT_MAX_CONNECTIONS = 20_000;
        public static final int DEFAULT_MAX_SLOW_RESPONSES = 16_384;
        public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(20);
        public static final long DEFAULT_CACHE_BYTES = 32L * 1024 * 1024;
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

        public Capacity {
            if (eventLoops < 1 || eventLoops > 256) {
                throw new IllegalArgumentException("--event-loops must be 1-256, not " + eventLoops);
            }
            if (maxConnections < 1) {
                throw new IllegalArgumentException("--max-connections must be at least 1, not " + maxConnections);
            }
            if (maxSlowResponses < 1) {
                throw new IllegalArgumentException("--max-slow must be at least 1, not " + maxSlowResponses);
            }
            if (headerTimeout.isNegative() || headerTimeout.isZero()) {
                throw new IllegalArgumentException("--header-timeout must be more than 0 seconds");
            }
            if (cacheBytes < 0) {
                throw new IllegalArgumentException("the cache size cannot be negative");
            }
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("--idle-timeout must be more than 0 seconds");
            }
        }

        /** One event loop per core and the default caps. */
        public static Capacity defaults() {
            return new Capacity(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_CONNECTIONS,
                    DEFAULT_MAX_SLOW_RESPONSES, DEFAULT_HEADER_TIMEOUT, DEFAULT_CACHE_BYTES, DEFAULT_IDLE_TIMEOUT);
        }

        public Capacity withEventLoops(int n) {
            return new Capacity(n, maxConnections, maxSlowResponses, headerTimeout, cacheBytes, idleTimeout);
        }

        public Capacity withMaxConnections(int n) {
            return new Capacity(eventLoops, n, maxSlowResponses, headerTimeout, cacheBytes, idleTimeout);
        }

        public Capacity withMaxSlowResponses(int n) {
            return new Capacity(eventLoops, maxConnections, n, headerTimeout, cacheBytes, idleTimeout);
        }

        public Capacity withHeaderTimeout(Duration d) {
            return new Capacity(eventLoops, maxConnections, maxSlowResponses, d, cacheBytes, idleTimeout);
        }

        public Capacity withCacheBytes(long bytes) {
            return new Capacity(eventLoops, maxConnections, maxSlowResponses, headerTimeout, bytes, idleTimeout);
        }

        public Capacity withIdleTimeout(Duration d) {
            return new Capacity(eventLoops, maxConnections, maxSlowResponses, headerTimeout, cacheBytes, d);
        }
    }

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        checkPort(port);
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("the maximum delay cannot be negative");
        }
        accessLog.ifPresent(Path::of);
        Objects.requireNonNull(capacity, "capacity");
        publicUrl = publicUrl.map(ServerConfig::checkPublicUrl);
        Objects.requireNonNull(httpbin, "httpbin");
        Objects.requireNonNull(timing, "timing");
        redirectDomains = Set.copyOf(redirectDomains);
        checkPrefix(prefix);
    }

    public ServerConfig(String host, int port, Optional<String> accessLog) {
        this(host, port, accessLog, DEFAULT_MAX_DELAY, Optional.empty(), Capacity.defaults(), Optional.empty(),
                HttpbinOptions.defaults(), TimingOptions.defaults(), Set.of(), "");
    }

    /** Loopback, a free port, no access log: what tests use. */
    public static ServerConfig ephemeral() {
        return new ServerConfig(DEFAULT_HOST, 0, Optional.empty());
    }

    public ServerConfig withTls(Tls newTls) {
        return new ServerConfig(host, port, accessLog, maxDelay, Optional.of(newTls), capacity, publicUrl, httpbin,
                timing, redirectDomains, prefix);
    }

    public ServerConfig withMaxDelay(Duration newMaxDelay) {
        return new ServerConfig(host, port, accessLog, newMaxDelay, tls, capacity, publicUrl, httpbin, timing,
                redirectDomains, prefix);
    }

    public ServerConfig withAccessLog(Optional<String> newAccessLog) {
        return new ServerConfig(host, port, newAccessLog, maxDelay, tls, capacity, publicUrl, httpbin, timing,
                redirectDomains, prefix);
    }

    public ServerConfig withCapacity(Capacity newCapacity) {
        return new ServerConfig(host, port, accessLog, maxDelay, tls, newCapacity, publicUrl, httpbin, timing,
                redirectDomains, prefix);
    }

    public ServerConfig withPublicUrl(Optional<String> newPublicUrl) {
        return new ServerConfig(host, port, accessLog, maxDelay, tls, capacity, newPublicUrl, httpbin, timing,
                redirectDomains, prefix);
    }

    public ServerConfig withHttpbin(HttpbinOptions newHttpbin) {
        return new ServerConfig(host, port, accessLog, maxDelay, tls, capacity, publicUrl, newHttpbin, timing,
                redirectDomains, prefix);
    }

    public ServerConfig withTiming(TimingOptions newTiming) {
        return new ServerConfig(host, port, accessLog, maxDelay, tls, capacity, publicUrl, httpbin, newTiming,
                redirectDomains, prefix);
    }

    /** Hosts /redirect-to may name in an absolute URL, compared without regard to case. */
    public ServerConfig withRedirectDomains(Set<String> domains) {
        return new ServerConfig(host, port, accessLog, maxDelay, tls, capacity, publicUrl, httpbin, timing,
                domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet()),
                prefix);
    }

    public ServerConfig withPrefix(String newPrefix) {
        return new ServerConfig(host, port, accessLog, maxDelay, tls, capacity, publicUrl, httpbin, timing,
                redirectDomains, newPrefix);
    }

    /** The origin example commands use: the public URL, or the address the plain listener is bound to. */
    String origin(int actualPort) {
        return publicUrl.orElseGet(() -> "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + actualPort);
    }

    /** An http(s) origin without path, query or credentials, so a page can show it as it is. */
    private static String checkPublicUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean plain = uri != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && url.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (!plain) {
            throw new IllegalArgumentException("--public-url must be an http or https origin such as "
                    + "https://status.example.org, not \"" + url + "\"");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * A plain path: segments of unreserved characters, no {@code .} or {@code ..} segment, no trailing slash; it is
     * written into pages and Locations as it is, so nothing in it may need escaping.
     */
    private static void checkPrefix(String prefix) {
        if (prefix.isEmpty()) {
            return;
        }
        if (!prefix.matches("(/[A-Za-z0-9._~-]{1,64}){1,8}") || prefix.matches(".*/\\.{1,2}(/.*)?")) {
            throw new IllegalArgumentException("--prefix must be a path such as /httpbin (up to 8 segments of "
                    + "letters, digits and ._~-, no trailing slash), not \"" + prefix + "\"");
        }
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
    }
}

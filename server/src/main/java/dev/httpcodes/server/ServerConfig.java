package dev.httpcodes.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param host      address to bind; 127.0.0.1 unless the operator chooses to face a network
 * @param port      0 picks a free port
 * @param accessLog where the nginx "combined" access log goes: empty for none, {@code -} for standard output
 * @param maxDelay  the longest delay a client may ask the test endpoints for (sleep, /delay, /drip)
 * @param tls       an HTTPS listener besides the plain one, when present
 */
public record ServerConfig(String host, int port, Optional<String> accessLog, Duration maxDelay,
        Optional<Tls> tls) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(5);

    /**
     * The HTTPS listener: a port (0 picks a free one) and PEM files, or none for a self-signed certificate made at
     * start.
     */
    public record Tls(int port, Optional<Path> certificate, Optional<Path> key) {
        public Tls {
            checkPort(port);
            if (certificate.isPresent() != key.isPresent()) {
                throw new IllegalArgumentException("--cert and --key go together");
            }
        }
    }

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        checkPort(port);
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("the maximum delay cannot be negative");
        }
        accessLog.ifPresent(Path::of);
    }

    public ServerConfig(String host, int port, Optional<String> accessLog) {
        this(host, port, accessLog, DEFAULT_MAX_DELAY, Optional.empty());
    }

    /** Loopback, a free port, no access log: what tests use. */
    public static ServerConfig ephemeral() {
        return new ServerConfig(DEFAULT_HOST, 0, Optional.empty());
    }

    public ServerConfig withTls(Tls newTls) {
        return new ServerConfig(host, port, accessLog, maxDelay, Optional.of(newTls));
    }

    public ServerConfig withMaxDelay(Duration newMaxDelay) {
        return new ServerConfig(host, port, accessLog, newMaxDelay, tls);
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
    }
}

package dev.httpcodes.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param host      address to bind; 127.0.0.1 unless the operator chooses to face a network
 * @param port      0 picks a free port
 * @param accessLog where the nginx "combined" access log goes: empty for none, {@code -} for standard output
 */
public record ServerConfig(String host, int port, Optional<String> accessLog) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
        accessLog.ifPresent(Path::of);
    }

    /** Loopback, a free port, no access log: what tests use. */
    public static ServerConfig ephemeral() {
        return new ServerConfig(DEFAULT_HOST, 0, Optional.empty());
    }
}

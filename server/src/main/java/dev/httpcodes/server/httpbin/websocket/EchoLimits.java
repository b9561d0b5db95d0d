package dev.httpcodes.server.httpbin.websocket;

import java.time.Duration;

/**
 * The server's caps on echo sessions.
 *
 * @param maxBodySize the largest message a client may ask for (go-httpbin ties it to the request body cap); the
 *                    default fragment limit is half of it
 * @param maxDuration how long a session may stay open before the server closes it (0: closed at once)
 */
public record EchoLimits(int maxBodySize, Duration maxDuration) {
    /** go-httpbin's defaults: 1 MiB and 10 s. */
    public static final EchoLimits DEFAULT = new EchoLimits(1024 * 1024, Duration.ofSeconds(10));

    public EchoLimits {
        if (maxBodySize < 1) {
            throw new IllegalArgumentException("the WebSocket message cap must be at least 1 byte");
        }
        if (maxDuration.isNegative()) {
            throw new IllegalArgumentException("the WebSocket session cap cannot be negative");
        }
    }
}

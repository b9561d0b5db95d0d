package dev.httpcodes.server.httpbin.websocket;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * {@code /websocket/echo?max_fragment_size=&max_message_size=}: checks the limits and the handshake as go-httpbin
 * does (400 with its JSON error for either), then upgrades and echoes. Both limits are 1 to the server's body cap,
 * and the fragment limit may not exceed the message limit; by default they are half the cap and the cap.
 */
final class WebSocketEcho {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,10}");

    private final HttpbinReplies replies;
    private final EchoLimits limits;
    private final SessionSlots slots;

    WebSocketEcho(HttpbinReplies replies, EchoLimits limits, SessionSlots slots) {
        this.replies = replies;
        this.limits = limits;
        this.slots = slots;
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long cap = limits.maxBodySize();
        long fragment;
        long message;
        try {
            fragment = limit(request, "max_fragment_size", cap / 2 == 0 ? 1 : cap / 2);
            message = limit(request, "max_message_size", cap);
        } catch (IllegalArgumentException e) {
            replies.badRequest(ctx, e.getMessage());
            return;
        }
        if (fragment > message) {
            replies.badRequest(ctx, "max_fragment_size " + fragment + " must not exceed max_message_size " + message);
            return;
        }
        String handshake = handshakeProblem(request);
        if (handshake != null) {
            replies.badRequest(ctx, handshake);
            return;
        }
        if (!slots.take()) {
            ctx.response().putHeader("Retry-After", "1");
            replies.error(ctx, 503, "too many long-lived exchanges in flight; retry later");
            return;
        }
        AtomicBoolean given = new AtomicBoolean();
        Runnable give = () -> {
            if (given.compareAndSet(false, true)) {
                slots.give();
            }
        };
        request.toWebSocket().onSuccess(ws -> new EchoSession(ws, (int) fragment, (int) message)
                .start(ctx.vertx(), limits.maxDuration().toMillis(), give)).onFailure(e -> {
                    give.run();
                    if (!ctx.response().headWritten()) {
                        replies.badRequest(ctx, "WebSocket handshake failed");
                    }
                });
    }

    /** A size parameter: absent means {@code fallback}; otherwise an integer from 1 to the cap. */
    private long limit(HttpServerRequest request, String name, long fallback) {
        String value = request.getParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + name + ": not an integer");
        }
        long n = Long.parseLong(value);
        if (n < 1 || n > limits.maxBodySize()) {
            throw new IllegalArgumentException("invalid " + name + ": " + n + " not in range [1, "
                    + limits.maxBodySize() + "]");
        }
        return n;
    }

    /** What makes the request no WebSocket opening handshake (RFC 6455 section 4.2.1), or null. */
    private static String handshakeProblem(HttpServerRequest request) {
        if (request.method() != io.vertx.core.http.HttpMethod.GET) {
            return "a WebSocket opens with GET";
        }
        String upgrade = request.getHeader("Upgrade");
        if (upgrade == null || !upgrade.trim().toLowerCase(Locale.ROOT).equals("websocket")) {
            return "missing the header Upgrade: websocket";
        }
        String connection = request.getHeader("Connection");
        if (connection == null || !connection.toLowerCase(Locale.ROOT).contains("upgrade")) {
            return "missing the header Connection: upgrade";
        }
        if (!"13".equals(request.getHeader("Sec-WebSocket-Version"))) {
            return "only WebSocket version 13 is supported";
        }
        String key = request.getHeader("Sec-WebSocket-Key");
        if (key == null || key.isBlank()) {
            return "missing the header Sec-WebSocket-Key";
        }
        return null;
    }
}

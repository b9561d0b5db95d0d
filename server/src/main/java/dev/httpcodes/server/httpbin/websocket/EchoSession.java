package dev.httpcodes.server.httpbin.websocket;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One echo session: frames are gathered into messages under the session's limits and each message goes back in
 * fragments of at most {@code maxFragment} bytes. A broken rule closes the session with RFC 6455's code for it, as
 * go-httpbin does: 1002 for a fragment over the limit or a continuation out of place, 1009 for a message over the
 * limit, 1007 for text that is not UTF-8. Pings are answered by Vert.x.
 */
final class EchoSession {
    static final short PROTOCOL_ERROR = 1002;
    static final short INVALID_PAYLOAD = 1007;
    static final short POLICY_VIOLATION = 1008;
    static final short TOO_BIG = 1009;
    static final short SERVER_ERROR = 1011;

    private final ServerWebSocket ws;
    private final int maxFragment;
    private final int maxMessage;
    private Buffer message;
    private boolean text;
    private boolean closing;

    EchoSession(ServerWebSocket ws, int maxFragment, int maxMessage) {
        this.ws = ws;
        this.maxFragment = maxFragment;
        this.maxMessage = maxMessage;
    }

    /** Starts reading; the session is closed (1008) once {@code maxDurationMillis} have passed. */
    void start(Vertx vertx, long maxDurationMillis, Runnable onEnd) {
        // Vert.x timers take at least 1 ms.
        long timer = vertx.setTimer(Math.max(1, maxDurationMillis), id -> close(POLICY_VIOLATION,
                "session longer than " + maxDurationMillis + " ms"));
        ws.closeHandler(v -> {
            vertx.cancelTimer(timer);
            onEnd.run();
        });
        // The codec finds some faults itself (frames out of order, reserved bits, oversized control frames): they
        // close with the code it names, as the session's own checks do.
        ws.exceptionHandler(e -> {
            if (e instanceof CorruptedWebSocketFrameException corrupted) {
                close((short) corrupted.closeStatus().code(), corrupted.closeStatus().reasonText());
            } else {
                close(SERVER_ERROR, "session failed");
            }
        });
        ws.frameHandler(this::frame);
        // Back-pressure: a client that sends faster than it reads stops being read until the echoes drain.
        ws.drainHandler(v -> ws.resume());
    }

    private void frame(WebSocketFrame frame) {
        if (closing || frame.isClose() || frame.isPing() || frame.type() == io.vertx.core.http.WebSocketFrameType.PONG) {
            return;
        }
        Buffer data = frame.binaryData();
        if (data.length() > maxFragment) {
            close(PROTOCOL_ERROR, "frame of " + data.length() + " bytes; the limit is " + maxFragment);
            return;
        }
        if (frame.isContinuation()) {
            if (message == null) {
                close(PROTOCOL_ERROR, "continuation frame without a message to continue");
                return;
            }
            if (message.length() + data.length() > maxMessage) {
                close(TOO_BIG, "message over " + maxMessage + " bytes");
                return;
            }
            message.appendBuffer(data);
        } else {
            if (message != null) {
                close(PROTOCOL_ERROR, "new message before the previous one's last frame");
                return;
            }
            text = frame.isText();
            message = Buffer.buffer(data.length()).appendBuffer(data);
        }
        if (frame.isFinal()) {
            Buffer done = message;
            message = null;
            if (text && !isUtf8(done)) {
                close(INVALID_PAYLOAD, "text message that is not UTF-8");
                return;
            }
            echo(done);
        }
    }

    /** Sends the message back in fragments of at most {@code maxFragment} bytes. */
    private void echo(Buffer data) {
        int length = data.length();
        if (length <= maxFragment) {
            ws.writeFrame(text ? WebSocketFrame.textFrame(data.toString(StandardCharsets.UTF_8), true)
                    : WebSocketFrame.binaryFrame(data, true));
        } else {
            int first = maxFragment;
            if (text) {
                // The first text frame is built from a String, so it ends on a character boundary (maybe empty);
                // the continuations carry bytes and keep the limit exactly.
                while (first > 0 && (data.getByte(first) & 0xC0) == 0x80) {
                    first--;
                }
                ws.writeFrame(WebSocketFrame.textFrame(data.getString(0, first, "UTF-8"), false));
            } else {
                ws.writeFrame(WebSocketFrame.binaryFrame(data.getBuffer(0, first), false));
            }
            for (int offset = first; offset < length; offset += maxFragment) {
                int end = Math.min(length, offset + maxFragment);
                ws.writeFrame(WebSocketFrame.continuationFrame(data.getBuffer(offset, end), end == length));
            }
        }
        if (ws.writeQueueFull()) {
            ws.pause();
        }
    }

    private void close(short code, String reason) {
        if (!closing) {
            closing = true;
            ws.close(code, reason);
        }
    }

    private static boolean isUtf8(Buffer data) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data.getBytes()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

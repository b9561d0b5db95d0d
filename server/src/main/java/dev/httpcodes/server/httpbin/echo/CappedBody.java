package dev.httpcodes.server.httpbin.echo;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Consumer;

/**
 * Reads a request body into memory up to a cap. A body announced or found to be larger is refused at once: no more
 * than the cap is ever held, and the rest is never read, so the connection is closed after the answer (as
 * go-httpbin's server does) rather than drained.
 */
final class CappedBody {
    private CappedBody() {
    }

    /** Calls {@code whole} with the body, or {@code tooLarge} once, as soon as the body passes {@code max} bytes. */
    static void read(RoutingContext ctx, long max, Consumer<byte[]> whole, Runnable tooLarge) {
        HttpServerRequest request = ctx.request();
        long announced = announcedLength(request);
        if (announced > max) {
            closeAfterAnswer(ctx);
            tooLarge.run();
            return;
        }
        if (request.isEnded()) {
            whole.accept(new byte[0]);
            return;
        }
        // A client that waits for 100 Continue before sending a body gets it only when there is a body to send.
        String expect = request.getHeader("Expect");
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (expect != null && expect.equalsIgnoreCase("100-continue") && request.version() != HttpVersion.HTTP_1_0
                && (announced > 0 || chunked)) {
            ctx.response().writeContinue();
        }
        Buffer body = Buffer.buffer((int) Math.min(Math.max(announced, 0), max));
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > max) {
                refused[0] = true;
                closeAfterAnswer(ctx);
                tooLarge.run();
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                whole.accept(body.getBytes());
            }
        });
        request.resume();
    }

    private static void closeAfterAnswer(RoutingContext ctx) {
        // HTTP/2 has no Connection header; there the stream is reset instead, which costs the connection nothing.
        if (!ctx.response().headWritten() && ctx.request().version() != HttpVersion.HTTP_2) {
            ctx.response().putHeader("Connection", "close");
        }
    }

    /** The Content-Length, or -1 when there is none or it is not a number (the codec has refused worse). */
    private static long announcedLength(HttpServerRequest request) {
        String value = request.getHeader("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

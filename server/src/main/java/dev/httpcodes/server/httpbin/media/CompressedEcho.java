package dev.httpcodes.server.httpbin.media;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import dev.httpcodes.server.httpbin.echo.RequestEcho;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /gzip} and {@code /deflate}: the request echo, marked {@code "gzipped": true} or {@code "deflated": true},
 * compressed whatever the request's Accept-Encoding (that is the point: a client's decoding is under test), with
 * its Content-Length. Deflate is the zlib format (RFC 1950), as HTTP's {@code deflate} coding means.
 */
final class CompressedEcho {
    private final RequestEcho echo;

    CompressedEcho(RequestEcho echo) {
        this.echo = echo;
    }

    void gzip(RoutingContext ctx) {
        send(ctx, "gzip", "gzipped");
    }

    void deflate(RoutingContext ctx) {
        send(ctx, "deflate", "deflated");
    }

    private void send(RoutingContext ctx, String coding, String flag) {
        ObjectNode body = echo.of(ctx).put(flag, true);
        byte[] plain = HttpbinReplies.pretty(body);
        ByteArrayOutputStream packed = new ByteArrayOutputStream(plain.length);
        try (OutputStream out = coding.equals("gzip") ? new GZIPOutputStream(packed) : new DeflaterOutputStream(packed)) {
            out.write(plain);
        } catch (IOException e) {
            // In-memory streams do not fail.
            throw new UncheckedIOException(e);
        }
        // The coding is set here, so Vert.x's own compression leaves the body as it is.
        ctx.response().setStatusCode(200).putHeader("Content-Type", HttpbinReplies.JSON)
                .putHeader("Content-Encoding", coding)
                .putHeader("Content-Length", Integer.toString(packed.size()));
        ctx.response().end(Buffer.buffer(packed.toByteArray()));
    }
}

package dev.httpcodes.server.httpbin;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Random;

/**
 * {@code /bytes/{n}} sends n pseudo-random bytes with a Content-Length; {@code /stream-bytes/{n}} sends them chunked,
 * {@code chunk_size} at a time. A {@code seed} makes the bytes repeatable (the same seed gives the same bytes here,
 * though not the bytes go-httpbin's generator gives).
 */
final class ByteEndpoints {
    /** go-httpbin's cap: a larger n is served as this many bytes, not refused. */
    static final int MAX_BYTES = 100 * 1024;
    /** go-httpbin's default chunk for /stream-bytes. */
    static final int DEFAULT_CHUNK = 10 * 1024;

    private final HttpbinReplies replies;

    ByteEndpoints(HttpbinReplies replies) {
        this.replies = replies;
    }

    void bytes(RoutingContext ctx) {
        serve(ctx, false);
    }

    void streamBytes(RoutingContext ctx) {
        serve(ctx, true);
    }

    private void serve(RoutingContext ctx, boolean chunked) {
        Integer n = Numbers.parseCount(ctx.pathParam("n"));
        if (n == null) {
            replies.badRequest(ctx, "invalid byte count: expected a whole number from 0");
            return;
        }
        String seedParam = ctx.queryParams().get("seed");
        Long seed = seedParam == null || seedParam.isEmpty() ? Long.valueOf(System.nanoTime()) : Numbers.parseLong(seedParam);
        if (seed == null) {
            replies.badRequest(ctx, "invalid seed: expected a 64-bit integer");
            return;
        }
        int chunk = DEFAULT_CHUNK;
        String chunkParam = ctx.queryParams().get("chunk_size");
        if (chunked && chunkParam != null && !chunkParam.isEmpty()) {
            Long parsed = Numbers.parseLong(chunkParam);
            if (parsed == null) {
                replies.badRequest(ctx, "invalid chunk_size: expected a whole number");
                return;
            }
            // go-httpbin takes any integer; one below 1 cannot size a chunk, so the default is used.
            chunk = parsed < 1 ? DEFAULT_CHUNK : (int) Math.min(parsed, MAX_BYTES);
        }
        int size = Math.min(n, MAX_BYTES);
        // Never compressed: random bytes do not shrink, and a client checks Content-Length (or the chunking) as sent.
        HttpServerResponse response = ctx.response().setStatusCode(200).putHeader("Content-Encoding", "identity");
        if (size == 0) {
            response.putHeader("Content-Length", "0").end();
            return;
        }
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        response.putHeader("Content-Type", HttpbinReplies.BINARY);
        if (!chunked) {
            response.end(Buffer.buffer(data));
            return;
        }
        // At most 100 KiB in all, so writing every chunk at once stays within a bounded write queue.
        response.setChunked(true);
        for (int from = 0; from < size; from += chunk) {
            int to = Math.min(size, from + chunk);
            response.write(Buffer.buffer(java.util.Arrays.copyOfRange(data, from, to)));
        }
        response.end();
    }
}

package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /range/{n}}: n bytes of the alphabet over and over ({@code abc…xyzab…}), served under Range requests as
 * go-httpbin's Go file server serves them: 206 with Content-Range for one range, {@code multipart/byteranges} for
 * several, 416 when none overlaps or the header is malformed, and the whole body when the ranges add up to more than
 * the body. The entity tag is go-httpbin's unquoted {@code range{n}}, which Go's precondition checks never match, so
 * If-Range always yields the whole body, If-Match other than {@code *} gets 412 and If-None-Match {@code *} 304.
 * The body is generated piece by piece; nothing holds it whole.
 */
final class RangeEndpoint {
    static final String TEXT = HttpbinReplies.TEXT;
    private static final int PIECE = 16 * 1024;
    /** The alphabet repeated, long enough that any piece can start at any letter. */
    private static final byte[] LETTERS = new byte[PIECE + 26];

    static {
        for (int i = 0; i < LETTERS.length; i++) {
            LETTERS[i] = (byte) ('a' + i % 26);
        }
    }

    private final HttpbinReplies replies;
    private final long maxBytes;

    RangeEndpoint(HttpbinReplies replies, long maxBytes) {
        this.replies = replies;
        this.maxBytes = maxBytes;
    }

    void handle(RoutingContext ctx) {
        String raw = Objects.requireNonNullElse(ctx.pathParam("n"), "");
        Long n = GoNumbers.integer(raw);
        if (n == null) {
            replies.badRequest(ctx, "invalid count: \"" + dev.httpcodes.server.api.ApiHandlers.truncate(raw)
                    + "\" is not a whole number");
            return;
        }
        HttpServerResponse response = ctx.response();
        response.putHeader("ETag", "range" + n).putHeader("Accept-Ranges", "bytes");
        if (n <= 0 || n > maxBytes) {
            replies.badRequest(ctx, "invalid count: " + n + " not in range [1, " + maxBytes + "]");
            return;
        }
        long size = n;
        String ifMatch = ctx.request().getHeader("If-Match");
        if (ifMatch != null && !ifMatch.strip().equals("*")) {
            response.setStatusCode(412).end();
            return;
        }
        String ifNoneMatch = ctx.request().getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.strip().startsWith("*")) {
            boolean read = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
            response.setStatusCode(read ? 304 : 412).end();
            return;
        }
        String range = ctx.request().getHeader("If-Range") != null ? null : ctx.request().getHeader("Range");
        List<ByteRanges.Span> spans;
        try {
            spans = ByteRanges.parse(range, size);
        } catch (ByteRanges.Unsatisfiable e) {
            if (e.noOverlap) {
                response.putHeader("Content-Range", "bytes */" + size);
            }
            response.putHeader("X-Content-Type-Options", "nosniff");
            replies.send(ctx, 416, TEXT, (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (ByteRanges.total(spans) > size) {
            spans = List.of();
        }
        boolean head = ctx.request().method() == HttpMethod.HEAD;
        List<Object> parts = new ArrayList<>();
        long length;
        if (spans.isEmpty()) {
            response.setStatusCode(200).putHeader("Content-Type", TEXT);
            parts.add(new ByteRanges.Span(0, size));
            length = size;
        } else if (spans.size() == 1) {
            ByteRanges.Span only = spans.get(0);
            response.setStatusCode(206).putHeader("Content-Type", TEXT)
                    .putHeader("Content-Range", only.contentRange(size));
            parts.add(only);
            length = only.length();
        } else {
            byte[] random = new byte[30];
            ThreadLocalRandom.current().nextBytes(random);
            String boundary = HexFormat.of().formatHex(random);
            response.setStatusCode(206).putHeader("Content-Type", "multipart/byteranges; boundary=" + boundary);
            length = 0;
            for (int i = 0; i < spans.size(); i++) {
                ByteRanges.Span span = spans.get(i);
                String partHead = (i == 0 ? "" : "\r\n") + "--" + boundary + "\r\nContent-Range: "
                        + span.contentRange(size) + "\r\nContent-Type: " + TEXT + "\r\n\r\n";
                parts.add(partHead);
                parts.add(span);
                length += partHead.length() + span.length();
            }
            String close = "\r\n--" + boundary + "--\r\n";
            parts.add(close);
            length += close.length();
        }
        response.putHeader("Content-Length", Long.toString(length));
        if (head) {
            response.end();
            return;
        }
        new Writer(response, parts).next();
    }

    /** Writes the parts (text, or spans of the alphabet) in pieces, waiting for the write queue to drain. */
    private static final class Writer {
        private final HttpServerResponse response;
        private final List<Object> parts;
        private int part;
        private long offset;

        Writer(HttpServerResponse response, List<Object> parts) {
            this.response = response;
            this.parts = parts;
        }

        void next() {
            while (part < parts.size()) {
                if (response.closed()) {
                    return;
                }
                if (response.writeQueueFull()) {
                    response.drainHandler(v -> {
                        response.drainHandler(null);
                        next();
                    });
                    return;
                }
                Object p = parts.get(part);
                if (p instanceof String text) {
                    response.write(Buffer.buffer(text.getBytes(StandardCharsets.US_ASCII)));
                    part++;
                } else {
                    ByteRanges.Span span = (ByteRanges.Span) p;
                    long from = span.start() + offset;
                    int n = (int) Math.min(PIECE, span.length() - offset);
                    response.write(Buffer.buffer(n).appendBytes(LETTERS, (int) (from % 26), n));
                    offset += n;
                    if (offset == span.length()) {
                        part++;
                        offset = 0;
                    }
                }
            }
            response.end();
        }
    }
}

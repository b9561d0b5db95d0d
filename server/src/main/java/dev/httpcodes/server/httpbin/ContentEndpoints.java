package dev.httpcodes.server.httpbin;

import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Fixed documents of each content type ({@code /html}, {@code /json}, {@code /xml}), a fresh {@code /uuid}, and
 * {@code /base64/{value}} (decode) with go-httpbin's explicit {@code /base64/decode/{value}} and
 * {@code /base64/encode/{value}} forms.
 */
final class ContentEndpoints {
    /**
     * The page {@code /html} serves: a public-domain passage (the opening of Moby-Dick's first chapter) under a
     * heading naming the book, which is what clients of go-httpbin look for.
     */
    private static final byte[] HTML = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
            + "<title>Moby-Dick, chapter 1</title></head>\n<body>\n<h1>Herman Melville - Moby-Dick</h1>\n"
            + "<h2>Chapter 1. Loomings.</h2>\n"
            + "<p>Call me Ishmael. Some years ago\u2014never mind how long precisely\u2014having little or no money in my "
            + "purse, and nothing particular to interest me on shore, I thought I would sail about a little and see the "
            + "watery part of the world.</p>\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    /** ASCII only, so the declaration can say us-ascii, the encoding go-httpbin's clients check for. */
    private static final byte[] XML = ("<?xml version='1.0' encoding='us-ascii'?>\n<library>\n"
            + "  <book id=\"1\"><title>Status Lines</title><pages>120</pages></book>\n"
            + "  <book id=\"2\"><title>Header Fields</title><pages>240</pages></book>\n</library>\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** Input longer than this is refused even under a larger body cap: a URL never carries go-httpbin's 1 MiB. */
    static final int MAX_BASE64_INPUT = 4096;
    /** The operation is named back in the error up to this length. */
    private static final int MAX_OPERATION_ECHO = 32;

    private final HttpbinReplies replies;
    /** The longest input taken: go-httpbin's max body size, which bounds a path as it bounds a body. */
    private final long maxInput;

    ContentEndpoints(HttpbinReplies replies, long maxBodySize) {
        this.replies = replies;
        this.maxInput = Math.min(maxBodySize, MAX_BASE64_INPUT);
    }

    void html(RoutingContext ctx) {
        replies.send(ctx, 200, HttpbinReplies.HTML, HTML);
    }

    void xml(RoutingContext ctx) {
        replies.send(ctx, 200, "application/xml", XML);
    }

    void json(RoutingContext ctx) {
        var body = HttpbinReplies.object();
        var library = body.putObject("library").put("name", "Sample library");
        var books = library.putArray("books");
        books.addObject().put("id", 1).put("title", "Status Lines").put("pages", 120);
        books.addObject().put("id", 2).put("title", "Header Fields").put("pages", 240);
        replies.json(ctx, 200, body);
    }

    void uuid(RoutingContext ctx) {
        replies.json(ctx, 200, HttpbinReplies.object().put("uuid", UUID.randomUUID().toString()));
    }

    void decode(RoutingContext ctx) {
        transform(ctx, "decode", ctx.pathParam("value"));
    }

    void withOperation(RoutingContext ctx) {
        transform(ctx, ctx.pathParam("operation"), ctx.pathParam("value"));
    }

    private void transform(RoutingContext ctx, String operation, String value) {
        if (value == null || value.isEmpty()) {
            replies.badRequest(ctx, "no input data");
            return;
        }
        if (value.length() > maxInput) {
            replies.badRequest(ctx, "input data exceeds max length of " + maxInput);
            return;
        }
        byte[] input = value.getBytes(StandardCharsets.UTF_8);
        switch (operation) {
            case "encode" -> replies.send(ctx, 200, HttpbinReplies.TEXT, Base64.getUrlEncoder().encode(input));
            case "decode" -> {
                byte[] decoded = decodeEither(value);
                if (decoded == null) {
                    replies.badRequest(ctx, "base64 decode failed: not valid base64 in either alphabet");
                } else {
                    replies.send(ctx, 200, HttpbinReplies.TEXT, decoded);
                }
            }
            // The operation is echoed inside a JSON string, so nothing from the path is interpreted.
            default -> replies.badRequest(ctx, "invalid operation: "
                    + (operation.length() > MAX_OPERATION_ECHO ? operation.substring(0, MAX_OPERATION_ECHO) + "..."
                    : operation) + " (expected encode or decode)");
        }
    }

    /**
     * The URL-safe alphabet first, then the standard one, as go-httpbin tries them; padded input only, as go-httpbin's
     * decoders take it (Java's would also take it unpadded), so a value that ran over into another path segment
     * ({@code /base64/decode/abc/extra}) is refused rather than read in the standard alphabet, where '/' is a digit.
     */
    private static byte[] decodeEither(String value) {
        if (value.length() % 4 != 0) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException urlSafe) {
            try {
                return Base64.getDecoder().decode(value);
            } catch (IllegalArgumentException standard) {
                return null;
            }
        }
    }
}

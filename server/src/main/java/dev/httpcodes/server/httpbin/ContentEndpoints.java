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
    /** Input longer than this is refused (go-httpbin allows its max body size, 1 MiB; a URL never carries that). */
    static final int MAX_BASE64_INPUT = 4096;
    private static final byte[] HTML = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
            + "<title>A sample page</title></head>\n<body>\n<h1>A sample page</h1>\n"
            + "<p>A small HTML document for testing clients that render or parse HTML.</p>\n</body>\n</html>\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] XML = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<library>\n"
            + "  <book id=\"1\"><title>Status Lines</title><pages>120</pages></book>\n"
            + "  <book id=\"2\"><title>Header Fields</title><pages>240</pages></book>\n</library>\n")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpbinReplies replies;

    ContentEndpoints(HttpbinReplies replies) {
        this.replies = replies;
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
        if (value.length() > MAX_BASE64_INPUT) {
            replies.badRequest(ctx, "input data exceeds max length of " + MAX_BASE64_INPUT);
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
            default -> replies.badRequest(ctx, "invalid operation: expected encode or decode");
        }
    }

    /** The URL-safe alphabet first, then the standard one, as go-httpbin tries them. */
    private static byte[] decodeEither(String value) {
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

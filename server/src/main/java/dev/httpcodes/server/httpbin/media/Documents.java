package dev.httpcodes.server.httpbin.media;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import dev.httpcodes.server.protocol.MountPoint;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;

/**
 * go-httpbin's fixed documents, in our own words: {@code /deny} (the page robots.txt keeps robots off),
 * {@code /encoding/utf8} (text in many scripts, to test a client's decoding) and {@code /forms/post} (a form that
 * submits to {@code /post}). Each carries the one line go-httpbin's clients look for.
 */
final class Documents {
    /** The marker go-httpbin's clients check for on /deny. */
    private static final byte[] DENY = ("""
            This page is listed under Disallow in /robots.txt: a crawler that reads it ignored that file.
            YOU SHOULDN'T BE HERE
            """).getBytes(StandardCharsets.UTF_8);
    // The greeting line is the one clients check for, with the polytonic accents (U+1F73, U+1F79) they expect.
    private static final byte[] UTF8 = ("""
            <!DOCTYPE html>
            <html lang="mul">
            <head><meta charset="utf-8"><title>UTF-8 sample</title></head>
            <body>
            <h1>UTF-8 sample</h1>
            <p>Each line below is in another script; a client that decodes UTF-8 shows them all.</p>
            <pre>
            Hello world, Καλημ\u1f73ρα κ\u1f79σμε, コンニチハ
            Latin with accents: àéîõü çñ ß æøå ł ő ű
            Cyrillic: Привет, мир
            Greek: Γειά σου κόσμε
            Hebrew (right to left): שלום עולם
            Arabic (right to left): مرحبا بالعالم
            Devanagari: नमस्ते दुनिया
            Chinese: 你好，世界 · 状态码
            Korean: 안녕하세요 세계
            Thai: สวัสดีชาวโลก
            Symbols: € £ ¥ ₹ ← → ↑ ↓ ∀ ∃ ∑ √ ∞ ≠ ≤ ≥
            Outside the Basic Multilingual Plane: 𝄞 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 🌍
            </pre>
            </body>
            </html>
            """).getBytes(StandardCharsets.UTF_8);

    /** The form; {@code %s} is the server's prefix, so it posts to this server's /post. */
    private static final String FORM = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Form to /post</title></head>
                <body>
                <h1>A form to /post</h1>
                <p>Submitting it sends the fields as application/x-www-form-urlencoded; /post echoes them back.</p>
                <form method="post" action="%s/post">
                <p><label>Name <input name="name" autocomplete="name"></label></p>
                <p><label>Email <input type="email" name="email" autocomplete="email"></label></p>
                <p><label>Status code <input type="number" name="code" min="100" max="599" value="200"></label></p>
                <fieldset><legend>Format</legend>
                <label><input type="radio" name="format" value="json" checked> JSON</label>
                <label><input type="radio" name="format" value="text"> text</label>
                </fieldset>
                <p><label><input type="checkbox" name="retry" value="yes"> Retry on failure</label></p>
                <p><label>Notes <textarea name="notes" rows="3"></textarea></label></p>
                <p><button>Send</button></p>
                </form>
                </body>
                </html>
                """;

    private final HttpbinReplies replies;

    Documents(HttpbinReplies replies) {
        this.replies = replies;
    }

    void deny(RoutingContext ctx) {
        replies.send(ctx, 200, HttpbinReplies.TEXT, DENY);
    }

    void utf8(RoutingContext ctx) {
        replies.send(ctx, 200, HttpbinReplies.HTML, UTF8);
    }

    void formsPost(RoutingContext ctx) {
        // The prefix is the operator's, checked to be a plain path when the server started: no escaping needed.
        byte[] form = FORM.formatted(MountPoint.of(ctx)).getBytes(StandardCharsets.UTF_8);
        replies.send(ctx, 200, HttpbinReplies.HTML, form);
    }
}

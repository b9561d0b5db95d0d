package dev.httpcodes.server.httpbin;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * go-httpbin's caching endpoints. {@code /cache} answers 304 to any conditional request and otherwise a fresh body
 * with Last-Modified and ETag; {@code /cache/{n}} adds {@code Cache-Control: public, max-age=n}; {@code /etag/{etag}}
 * is a resource whose entity tag is the path segment, and evaluates If-Match and If-None-Match as RFC 9110 (13.1.1,
 * 13.1.2) orders them.
 */
final class CachingEndpoints {
    /** go-httpbin reads n as a 64-bit integer; a longer value cannot be one. */
    private static final int MAX_SECONDS_DIGITS = 18;

    private final HttpbinReplies replies;

    CachingEndpoints(HttpbinReplies replies) {
        this.replies = replies;
    }

    void cache(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.getHeader("If-Modified-Since") != null || request.getHeader("If-None-Match") != null) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        ctx.response().putHeader("Last-Modified", lastModified).putHeader("ETag", "\"" + sha1(lastModified) + "\"");
        replies.json(ctx, 200, RequestSummary.of(ctx));
    }

    void cacheFor(RoutingContext ctx) {
        String n = ctx.pathParam("n");
        if (n.isEmpty() || n.length() > MAX_SECONDS_DIGITS || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            replies.badRequest(ctx, "invalid seconds: expected a whole number of seconds from 0");
            return;
        }
        ctx.response().putHeader("Cache-Control", "public, max-age=" + Long.parseLong(n));
        replies.json(ctx, 200, RequestSummary.of(ctx));
    }

    void etag(RoutingContext ctx) {
        String tag = "\"" + ctx.pathParam("etag") + "\"";
        HttpServerRequest request = ctx.request();
        ctx.response().putHeader("ETag", tag);
        String ifMatch = request.getHeader("If-Match");
        if (ifMatch != null && !EntityTags.anyMatches(ifMatch, tag, true)) {
            replies.error(ctx, 412, null);
            return;
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && EntityTags.anyMatches(ifNoneMatch, tag, false)) {
            boolean safe = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
            if (safe) {
                ctx.response().setStatusCode(304).end();
            } else {
                replies.error(ctx, 412, null);
            }
            return;
        }
        replies.json(ctx, 200, RequestSummary.of(ctx));
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}

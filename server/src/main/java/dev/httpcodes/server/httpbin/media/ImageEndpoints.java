package dev.httpcodes.server.httpbin.media;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /image} picks a format from Accept in go-httpbin's order of preference (PNG, then WebP, SVG, JPEG) and
 * answers 415 when Accept names none of them; {@code /image/{format}} names the format in the path (404 for any
 * other).
 */
final class ImageEndpoints {
    /** More media ranges than this in one Accept are not read (a real client sends a handful). */
    static final int MAX_RANGES = 64;

    private final HttpbinReplies replies;

    ImageEndpoints(HttpbinReplies replies) {
        this.replies = replies;
    }

    void negotiated(RoutingContext ctx) {
        Optional<Images.Picture> picture = choose(ctx.request().getHeader("Accept"));
        if (picture.isEmpty()) {
            replies.error(ctx, 415, null);
            return;
        }
        send(ctx, picture.get());
    }

    void named(RoutingContext ctx) {
        Optional<Images.Picture> picture = Images.named(ctx.pathParam("format"));
        if (picture.isEmpty()) {
            replies.notFound(ctx);
            return;
        }
        send(ctx, picture.get());
    }

    private void send(RoutingContext ctx, Images.Picture picture) {
        if (ctx.request().method() == HttpMethod.HEAD) {
            // The length a GET gets, as go-httpbin tells it; Vert.x would drop it with the body.
            ctx.response().setStatusCode(200).putHeader("Content-Type", picture.mediaType())
                    .putHeader("Content-Length", Integer.toString(picture.bytes().length)).end();
            return;
        }
        replies.send(ctx, 200, picture.mediaType(), picture.bytes());
    }

    /**
     * The picture for an Accept value. No Accept means PNG, as go-httpbin; {@code image/*} and {@code image/png}
     * mean PNG; otherwise WebP, SVG and JPEG in that order; {@code *}{@code /*} means PNG too (go-httpbin answers
     * 415 to it, which turns away curl's default; we take the RFC 9110 reading). Ranges with q=0 are refusals.
     */
    static Optional<Images.Picture> choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Images.PNG);
        }
        List<String> types = acceptedTypes(accept);
        if (types.contains("image/*") || types.contains("image/png")) {
            return Optional.of(Images.PNG);
        }
        if (types.contains("image/webp")) {
            return Optional.of(Images.WEBP);
        }
        if (types.contains("image/svg+xml")) {
            return Optional.of(Images.SVG);
        }
        if (types.contains("image/jpeg")) {
            return Optional.of(Images.JPEG);
        }
        if (types.contains("*/*")) {
            return Optional.of(Images.PNG);
        }
        return Optional.empty();
    }

    /** The media ranges of an Accept value, lower-cased, without parameters, leaving out those with q=0. */
    private static List<String> acceptedTypes(String accept) {
        List<String> types = new ArrayList<>();
        String[] ranges = accept.split(",", MAX_RANGES + 1);
        for (int i = 0; i < Math.min(ranges.length, MAX_RANGES); i++) {
            String[] parts = ranges[i].split(";");
            boolean refused = false;
            for (int p = 1; p < parts.length; p++) {
                String param = parts[p].trim().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=") && param.substring(2).matches("0(\\.0{0,3})?")) {
                    refused = true;
                }
            }
            if (!refused) {
                types.add(parts[0].trim().toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }
}

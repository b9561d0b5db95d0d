package dev.httpcodes.server.httpbin.media;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /trailers?name=value&…} (an extension; go-httpbin v2.14.0 has none): a chunked response whose query
 * parameters come after the body as trailer fields, announced in {@code Trailer}. The body is the same fields as
 * JSON, so a client can compare what it read with what was sent. Names must be tokens and values printable; the
 * fields RFC 9110 section 6.5.1 keeps out of trailers (framing, routing, controls, authentication, content
 * metadata) are refused, as is HTTP/1.0, which has no trailers.
 */
final class TrailersEndpoint {
    static final int MAX_FIELDS = 20;
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}");
    private static final Pattern VALUE = Pattern.compile("[\\x20-\\x7E\\t]{0,1024}");
    private static final Set<String> NOT_IN_TRAILERS = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "upgrade", "te", "trailer", "host", "cache-control", "expect", "max-forwards", "pragma",
            "range", "if-match", "if-none-match", "if-modified-since", "if-unmodified-since", "if-range",
            "authorization", "www-authenticate", "proxy-authenticate", "proxy-authorization", "set-cookie", "cookie",
            "content-encoding", "content-type", "content-range", "age", "expires", "date", "location",
            "retry-after", "vary", "warning");

    private final HttpbinReplies replies;

    TrailersEndpoint(HttpbinReplies replies) {
        this.replies = replies;
    }

    void handle(RoutingContext ctx) {
        if (ctx.request().version() == HttpVersion.HTTP_1_0) {
            replies.badRequest(ctx, "HTTP/1.0 has no chunked coding, so no trailer fields");
            return;
        }
        MultiMap params = ctx.queryParams();
        var body = HttpbinReplies.object();
        Set<String> names = new LinkedHashSet<>();
        int count = 0;
        for (String name : params.names()) {
            if (!NAME.matcher(name).matches() || NOT_IN_TRAILERS.contains(name.toLowerCase(Locale.ROOT))) {
                replies.badRequest(ctx, "invalid trailer name: a token that RFC 9110 allows in trailers is required");
                return;
            }
            var values = body.putArray(name);
            for (String value : params.getAll(name)) {
                if (!VALUE.matcher(value).matches()) {
                    replies.badRequest(ctx, "invalid trailer value for " + name + ": printable characters only");
                    return;
                }
                if (++count > MAX_FIELDS) {
                    replies.badRequest(ctx, "too many trailer fields: at most " + MAX_FIELDS);
                    return;
                }
                values.add(value);
            }
            names.add(name);
        }
        HttpServerResponse response = ctx.response();
        response.setStatusCode(200).setChunked(true).putHeader("Content-Type", HttpbinReplies.JSON);
        if (!names.isEmpty()) {
            response.putHeader("Trailer", String.join(", ", names));
        }
        params.names().forEach(name -> params.getAll(name).forEach(v -> response.trailers().add(name, v)));
        response.end(Buffer.buffer(HttpbinReplies.pretty(body)));
    }
}

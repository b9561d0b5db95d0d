package dev.httpcodes.server.httpbin;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /response-headers}: every query parameter becomes a response header, and the body is the parameters as a
 * JSON object of lists. Names must be tokens and values printable, so nothing can split the response; the framing
 * headers the server owns are refused.
 */
final class ResponseHeadersEndpoint {
    /** At most this many header values from one request. */
    static final int MAX_HEADERS = 50;
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");
    private static final Pattern VALUE = Pattern.compile("[\\x20-\\x7E\\t]{0,4096}");
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "upgrade", "te", "trailer");

    private final HttpbinReplies replies;

    ResponseHeadersEndpoint(HttpbinReplies replies) {
        this.replies = replies;
    }

    void handle(RoutingContext ctx) {
        var params = ctx.queryParams();
        var body = HttpbinReplies.object();
        int count = 0;
        for (String name : params.names()) {
            if (!NAME.matcher(name).matches() || FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
                replies.badRequest(ctx, "invalid header name: a token that is not a framing header is required");
                return;
            }
            var values = body.putArray(name);
            for (String value : params.getAll(name)) {
                if (!VALUE.matcher(value).matches()) {
                    replies.badRequest(ctx, "invalid header value for " + name + ": printable characters only");
                    return;
                }
                if (++count > MAX_HEADERS) {
                    replies.badRequest(ctx, "too many headers: at most " + MAX_HEADERS);
                    return;
                }
                values.add(value);
            }
        }
        HttpServerResponse response = ctx.response();
        params.names().forEach(name -> params.getAll(name).forEach(v -> response.headers().add(name, v)));
        if (response.headers().get("Content-Type") == null) {
            response.putHeader("Content-Type", HttpbinReplies.JSON);
        }
        response.setStatusCode(200).end(io.vertx.core.buffer.Buffer.buffer(HttpbinReplies.pretty(body)));
    }
}

package dev.httpcodes.server.protocol;

import dev.httpcodes.core.Registry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * RFC 9112 rules about a request's framing that the HTTP codec lets through: more than one Host field, or none on
 * HTTP/1.1 (§3.2: 400), Content-Length together with Transfer-Encoding (§6.1: a possible smuggling attempt,
 * answered 400 here), and a Transfer-Encoding whose final coding is not chunked (§6.3: the length of such a request
 * cannot be known). Each is answered 400 and the connection is closed after the response.
 */
public final class Framing {
    private Framing() {
    }

    /** Whether the last coding named over every Transfer-Encoding field is chunked (RFC 9112 §6.3, point 4). */
    private static boolean endsChunked(List<String> fields) {
        String last = fields.get(fields.size() - 1);
        int comma = last.lastIndexOf(',');
        String coding = (comma < 0 ? last : last.substring(comma + 1)).strip();
        int params = coding.indexOf(';');
        return (params < 0 ? coding : coding.substring(0, params)).strip().equalsIgnoreCase("chunked");
    }

    public static void check(RoutingContext ctx, Registry registry) {
        HttpServerRequest request = ctx.request();
        String problem = null;
        if (request.version() != HttpVersion.HTTP_2) {
            List<String> codings = request.headers().getAll("Transfer-Encoding");
            if (request.headers().contains(FramingCheck.MARK)
                    || !codings.isEmpty() && request.headers().contains("Content-Length")) {
                problem = "a request may not carry both Content-Length and Transfer-Encoding";
            } else if (!codings.isEmpty() && !endsChunked(codings)) {
                problem = "the final transfer coding of a request must be chunked";
            } else {
                List<String> hosts = request.headers().getAll("Host");
                if (hosts.size() > 1) {
                    problem = "a request may carry only one Host header field, not " + hosts.size();
                } else if (hosts.isEmpty() && request.version() == HttpVersion.HTTP_1_1) {
                    problem = "an HTTP/1.1 request must carry a Host header field";
                }
            }
        }
        if (problem == null) {
            ctx.next();
            return;
        }
        var connection = request.connection();
        ctx.response().putHeader("Connection", "close");
        ctx.addEndHandler(v -> connection.close());
        Responses.problem(ctx, registry, LanguageChoice.of(ctx), 400, problem, List.of());
    }
}

package dev.httpcodes.server.protocol;

import dev.httpcodes.core.Registry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * RFC 9112 rules about a request's framing that the HTTP codec lets through: more than one Host field, or none on
 * HTTP/1.1 (§3.2: 400), and Content-Length together with Transfer-Encoding (§6.1: a possible smuggling attempt,
 * answered 400 here; the connection is closed after the response either way).
 */
public final class Framing {
    private Framing() {
    }

    public static void check(RoutingContext ctx, Registry registry) {
        HttpServerRequest request = ctx.request();
        String problem = null;
        if (request.version() != HttpVersion.HTTP_2) {
            if (request.headers().contains(FramingCheck.MARK)) {
                problem = "a request may not carry both Content-Length and Transfer-Encoding";
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

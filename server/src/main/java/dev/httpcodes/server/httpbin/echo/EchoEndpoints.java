package dev.httpcodes.server.httpbin.echo;

import dev.httpcodes.server.httpbin.HttpbinOptions;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/** The handlers of the echo endpoints; each answers as go-httpbin's does, JSON errors included. */
final class EchoEndpoints {
    private final HttpbinReplies replies;
    private final HttpbinOptions options;
    private final RequestEcho echo;

    EchoEndpoints(HttpbinReplies replies, HttpbinOptions options) {
        this.replies = replies;
        this.options = options;
        this.echo = RequestEcho.with(options);
    }

    /** {@code /get}: the echo without a body. */
    void get(RoutingContext ctx) {
        json(ctx, echo.of(ctx));
    }

    /** {@code /anything}: HEAD is answered as a GET; every other method has its body echoed, GET included. */
    void anything(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.HEAD) {
            get(ctx);
        } else {
            withBody(ctx);
        }
    }

    /** {@code /post}, {@code /put}, {@code /patch}, {@code /delete}: the echo with the decoded body. */
    void withBody(RoutingContext ctx) {
        ObjectNode body = echo.of(ctx);
        CappedBody.read(ctx, options.maxBodySize(), bytes -> {
            try {
                EchoBody.addTo(body, bytes, ctx.request().getHeader("Content-Type"));
            } catch (BadBodyException e) {
                replies.badRequest(ctx, "error parsing request body: " + e.getMessage());
                return;
            }
            json(ctx, body);
        }, () -> replies.badRequest(ctx, tooLarge()));
    }

    void headers(RoutingContext ctx) {
        ObjectNode body = HttpbinReplies.object();
        body.set("headers", echo.headers(ctx.request()));
        json(ctx, body);
    }

    void ip(RoutingContext ctx) {
        json(ctx, HttpbinReplies.object().put("origin", RequestEcho.origin(ctx.request())));
    }

    void userAgent(RoutingContext ctx) {
        json(ctx, HttpbinReplies.object().put("user-agent",
                Objects.requireNonNullElse(ctx.request().getHeader("User-Agent"), "")));
    }

    void hostname(RoutingContext ctx) {
        json(ctx, HttpbinReplies.object().put("hostname", options.hostname()));
    }

    /** {@code /dump/request}: the raw request, body included (within the cap; past it go-httpbin answers 500). */
    void dump(RoutingContext ctx) {
        CappedBody.read(ctx, options.maxBodySize(), bytes -> send(ctx, 200, HttpbinReplies.TEXT,
                RequestDump.of(ctx.request(), RequestEcho.canonical(ctx.request(), HeaderFilter.NONE), bytes)),
                () -> replies.error(ctx, 500, "failed to dump request: the body is larger than the "
                        + options.maxBodySize() + "-byte limit"));
    }

    /**
     * go-httpbin's 405 for a method an endpoint does not take, a line of plain text, plus the Allow field RFC 9110
     * §15.5.6 requires of a 405 (go-httpbin sends none).
     */
    static void methodNotAllowed(RoutingContext ctx, Collection<HttpMethod> allowed) {
        ctx.response().putHeader("Allow", allowed.stream().map(HttpMethod::name).sorted()
                .collect(Collectors.joining(", ")));
        send(ctx, 405, HttpbinReplies.TEXT, Buffer.buffer("method " + ctx.request().method().name()
                + " not allowed\n"));
    }

    private String tooLarge() {
        return "error parsing request body: the body is larger than the " + options.maxBodySize() + "-byte limit";
    }

    private static void json(RoutingContext ctx, ObjectNode node) {
        send(ctx, 200, HttpbinReplies.JSON, Buffer.buffer(HttpbinReplies.pretty(node)));
    }

    /**
     * A HEAD is answered with the GET's head but no Content-Length, as go-httpbin's discarded body leaves it: its
     * clients check that no length is announced for a body that is never sent.
     */
    static void send(RoutingContext ctx, int status, String contentType, Buffer body) {
        // Sent uncompressed, as go-httpbin sends its echoes: clients that read the raw exchange (an Expect:
        // 100-continue handshake, a dump) get the bytes as they would from go-httpbin. Vert.x compresses nothing
        // whose Content-Encoding is identity.
        var response = ctx.response().setStatusCode(status).putHeader("Content-Type", contentType)
                .putHeader("Content-Encoding", "identity");
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.setChunked(true).end();
        } else {
            response.end(body);
        }
    }
}

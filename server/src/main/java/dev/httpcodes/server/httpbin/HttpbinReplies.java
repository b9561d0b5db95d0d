package dev.httpcodes.server.httpbin;

import dev.httpcodes.core.Registry;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the go-httpbin endpoints answer: JSON indented by two spaces as go-httpbin writes it (clients diff such
 * bodies), and errors as {@code {"status_code", "error", "detail"}} with the reason phrase from the registry, which
 * is the shape go-httpbin's clients expect rather than problem details.
 */
public final class HttpbinReplies {
    public static final String JSON = "application/json; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    public static final String BINARY = "application/octet-stream";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private final Registry registry;

    public HttpbinReplies(Registry registry) {
        this.registry = registry;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The node indented, with the final newline go-httpbin's encoder writes. */
    public static byte[] pretty(JsonNode node) {
        return (PRETTY.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The node on one line (a JSON-lines record). */
    public static String compact(JsonNode node) {
        return COMPACT.writeValueAsString(node);
    }

    public void json(RoutingContext ctx, int status, JsonNode node) {
        send(ctx, status, JSON, pretty(node));
    }

    public void send(RoutingContext ctx, int status, String contentType, byte[] body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", contentType).end(Buffer.buffer(body));
    }

    public void text(RoutingContext ctx, int status, String body) {
        send(ctx, status, TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    /** go-httpbin's error body; {@code detail} is left out when null, as go-httpbin omits an empty one. */
    public void error(RoutingContext ctx, int status, String detail) {
        ObjectNode body = object().put("status_code", status).put("error", registry.reasonPhrase(status));
        if (detail != null) {
            body.put("detail", detail);
        }
        json(ctx, status, body);
    }

    public void notFound(RoutingContext ctx) {
        error(ctx, 404, null);
    }

    public void badRequest(RoutingContext ctx, String detail) {
        error(ctx, 400, detail);
    }

    /** The knowledge base the replies' phrases come from. */
    public Registry registry() {
        return registry;
    }

    public String reasonPhrase(int status) {
        return registry.reasonPhrase(status);
    }
}

package dev.httpcodes.server.protocol;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.problem.ProblemDetails;
import dev.httpcodes.json.EntryJson;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sending responses the way an HTTP reference should: Content-Type with charset, a validator (weak ETag, since the
 * body may be gzip-encoded on the way out), Cache-Control, Vary, conditional requests answered 304, and errors as
 * RFC 9457 problem details.
 */
public final class Responses {
    public static final String HTML = "text/html; charset=utf-8";
    public static final String JSON = "application/json; charset=utf-8";
    static final String PROBLEM = ProblemDetails.MEDIA_TYPE + "; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    /** Pages and API answers change only with a new release, so a few minutes of caching is safe. */
    public static final String CACHE_PUBLIC = "public, max-age=300";
    public static final String CACHE_ERROR = "no-cache";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Responses() {
    }

    /**
     * Sends a body with validators; answers 304 instead when the client's copy is current. A 200 is also kept in
     * the {@link ResponseCache} when the route is a cached one.
     */
    public static void send(RoutingContext ctx, int status, String contentType, String body, String cacheControl,
            String vary) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = etag(bytes);
        String key = ctx.get(ResponseCache.KEY);
        ResponseCache cache = ctx.get(CACHE);
        if (status == 200 && key != null && cache != null) {
            byte[] gzip = GzipVariant.of(bytes);
            // A response kept in both codings varies by Accept-Encoding too: said once here, not on every hit.
            ResponseCache.Cached cached = new ResponseCache.Cached(contentType, bytes, gzip, etag, cacheControl,
                    gzip == null ? vary : GzipVariant.vary(vary));
            cache.store(key, cached);
            sendCached(ctx, cached);
            return;
        }
        write(ctx, status, contentType, bytes, null, etag, cacheControl, vary);
    }

    /** Context key of the server's {@link ResponseCache}. */
    static final String CACHE = "httpcodes.cache";

    /** A cached response, in gzip when the client takes it and the body was long enough to be coded. */
    static void sendCached(RoutingContext ctx, ResponseCache.Cached cached) {
        boolean coded = cached.gzip() != null
                && GzipVariant.accepted(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] gzip = coded ? cached.gzip() : null;
        write(ctx, 200, cached.contentType(), cached.body(), gzip, cached.etag(), cached.cacheControl(),
                cached.vary());
    }

    /** @param gzip the body in gzip, to send instead of {@code bytes}, or null to send {@code bytes} */
    private static void write(RoutingContext ctx, int status, String contentType, byte[] bytes, byte[] gzip,
            String etag, String cacheControl, String vary) {
        HttpServerResponse response = ctx.response();
        response.putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (vary != null) {
            response.putHeader(HttpHeaders.VARY, vary);
        }
        if (status == 200) {
            response.putHeader(HttpHeaders.ETAG, etag);
            if (matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatusCode(304).end();
                return;
            }
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        if (gzip != null) {
            // The coding is set here, so the server's on-the-fly compression leaves the body as it is.
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            bytes = gzip;
        }
        if (ctx.request().method() == HttpMethod.HEAD) {
            // Vert.x drops a HEAD body on HTTP/1.1 but not on HTTP/2 (h2c), so HEAD never gets one from here.
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(bytes.length)).end();
            return;
        }
        response.end(io.vertx.core.buffer.Buffer.buffer(bytes));
    }

    public static void json(RoutingContext ctx, JsonNode node, String vary) {
        send(ctx, 200, JSON, htmlSafe(EntryJson.compact(node)), CACHE_PUBLIC, vary);
    }

    /**
     * Escapes {@code < > &} inside JSON text, where they can only occur in strings, so that echoed input can never
     * read as markup, whatever a client does with the body.
     */
    public static String htmlSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * An RFC 9457 problem document for {@code status}, whose title comes from the registry's entry for that status,
     * with the detail and, when there are any, suggestions of what the client may have meant.
     */
    public static void problem(RoutingContext ctx, Registry registry, Lang lang, int status, String detail,
            List<String> suggestions) {
        ProblemDetails p = ProblemDetails.of(registry.getById(Integer.toString(status)), lang).withDetail(detail)
                .withInstance(ctx.request().path());
        ObjectNode doc = (ObjectNode) MAPPER.readTree(p.toJson());
        if (!suggestions.isEmpty()) {
            ArrayNode array = doc.putArray("suggestions");
            suggestions.forEach(array::add);
        }
        send(ctx, status, PROBLEM, htmlSafe(MAPPER.writeValueAsString(doc)), CACHE_ERROR, "Accept, Accept-Language");
    }

    static String etag(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return "W/\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(bytes.length) + "\"";
    }

    /** Weak comparison of If-None-Match with our tag (RFC 9110 §13.1.2); {@code *} matches any. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 4096) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",", 64)) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals(opaque)
                    || c.startsWith("W/") && c.substring(2).equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}

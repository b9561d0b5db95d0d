package dev.httpcodes.server.httpbin.echo;

import dev.httpcodes.server.httpbin.HttpbinOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request as go-httpbin echoes it: query arguments and headers as name to list of values (names sorted, header
 * names in Go's canonical form), the method, the client's address and the URL the client asked for. Shared by every
 * endpoint that answers with an echo ({@code /get}, {@code /anything}, {@code /delay}, {@code /gzip}, …).
 */
public final class RequestEcho {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Headers a hosting platform sets to the client's address, read before X-Forwarded-For as go-httpbin does. */
    private static final List<String> CLIENT_ADDRESS_HEADERS = List.of("Fly-Client-IP", "CF-Connecting-IP",
            "Fastly-Client-IP", "True-Client-IP");

    private final HeaderFilter filter;

    private RequestEcho(HeaderFilter filter) {
        this.filter = filter;
    }

    /** An echo leaving out the headers the options exclude; build it once and share it. */
    public static RequestEcho with(HttpbinOptions options) {
        return new RequestEcho(new HeaderFilter(options.excludeHeaders()));
    }

    /** {@code args}, {@code headers}, {@code method}, {@code origin} and {@code url}, in go-httpbin's order. */
    public ObjectNode of(RoutingContext ctx) {
        ObjectNode body = MAPPER.createObjectNode();
        body.set("args", args(ctx));
        body.set("headers", headers(ctx.request()));
        body.put("method", ctx.request().method().name());
        body.put("origin", origin(ctx.request()));
        body.put("url", url(ctx.request()));
        return body;
    }

    /** The query arguments, each name with every value it was given. */
    public ObjectNode args(RoutingContext ctx) {
        return multiMap(ctx.queryParams());
    }

    /** The request headers, Host included, less the excluded ones. */
    public ObjectNode headers(HttpServerRequest request) {
        ObjectNode node = MAPPER.createObjectNode();
        canonical(request, filter).forEach((name, values) -> values.forEach(node.withArrayProperty(name)::add));
        return node;
    }

    /**
     * Each header name in Go's canonical form with its values in arrival order, names sorted; Host is added from
     * the authority when the protocol carries it elsewhere (HTTP/2).
     */
    static Map<String, List<String>> canonical(HttpServerRequest request, HeaderFilter filter) {
        Map<String, List<String>> sorted = new TreeMap<>();
        for (Map.Entry<String, String> header : request.headers()) {
            if (filter.shows(header.getKey())) {
                sorted.computeIfAbsent(HeaderNames.canonical(header.getKey()), k -> new ArrayList<>())
                        .add(header.getValue());
            }
        }
        if (!sorted.containsKey("Host") && request.authority() != null && filter.shows("Host")) {
            sorted.put("Host", List.of(request.authority().toString()));
        }
        return sorted;
    }

    /**
     * The client's address: one a hosting platform vouches for, else the first X-Forwarded-For entry, else the peer
     * as host:port. Any client can forge these headers; the echo reports, it does not authenticate.
     */
    public static String origin(HttpServerRequest request) {
        for (String name : CLIENT_ADDRESS_HEADERS) {
            String value = request.getHeader(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isEmpty()) {
            int comma = forwarded.indexOf(',');
            return (comma < 0 ? forwarded : forwarded.substring(0, comma)).trim();
        }
        SocketAddress peer = request.remoteAddress();
        if (peer == null) {
            return "";
        }
        String host = peer.hostAddress();
        return (host != null && host.contains(":") ? "[" + host + "]" : host) + ":" + peer.port();
    }

    /**
     * The URL as the client saw it: the scheme a proxy in front reports (X-Forwarded-Proto, X-Forwarded-Protocol,
     * X-Forwarded-Ssl) or this connection's, the authority of an absolute request target or the Host header, then
     * the path and query as sent.
     */
    public static String url(HttpServerRequest request) {
        String scheme = request.getHeader("X-Forwarded-Proto");
        if (scheme == null || scheme.isEmpty()) {
            scheme = request.getHeader("X-Forwarded-Protocol");
        }
        if ((scheme == null || scheme.isEmpty()) && "on".equals(request.getHeader("X-Forwarded-Ssl"))) {
            scheme = "https";
        }
        if (scheme == null || scheme.isEmpty()) {
            scheme = request.isSSL() ? "https" : "http";
        }
        String target = request.uri();
        String host = request.getHeader("Host");
        if (host == null && request.authority() != null) {
            host = request.authority().toString();
        }
        int schemeEnd = target.indexOf("://");
        if (!target.startsWith("/") && schemeEnd > 0) {
            int pathStart = target.indexOf('/', schemeEnd + 3);
            host = target.substring(schemeEnd + 3, pathStart < 0 ? target.length() : pathStart);
            target = pathStart < 0 ? "/" : target.substring(pathStart);
        }
        int fragment = target.indexOf('#');
        if (fragment >= 0) {
            target = target.substring(0, fragment);
        }
        return scheme + "://" + (host == null ? "" : host) + target;
    }

    static ObjectNode multiMap(MultiMap values) {
        ObjectNode node = MAPPER.createObjectNode();
        for (String name : new java.util.TreeSet<>(values.names())) {
            ArrayNode list = node.putArray(name);
            values.getAll(name).forEach(list::add);
        }
        return node;
    }
}

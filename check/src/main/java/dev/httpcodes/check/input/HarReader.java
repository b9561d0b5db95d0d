package dev.httpcodes.check.input;

import dev.httpcodes.check.fetch.ContentDecoding;
import dev.httpcodes.check.fetch.FetchOptions;
import dev.httpcodes.check.http.Chain;
import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.Response;
import dev.httpcodes.check.http.Timings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a HAR 1.2 file (log.entries, as browsers' developer tools export it) into one chain, in file order. A HAR
 * file has no interim responses and holds content as the browser decoded it, so neither can be judged from it.
 */
public final class HarReader {
    private HarReader() {
    }

    public static Chain read(String name, byte[] bytes) throws InputException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new InputException(name + ": not JSON: " + e.getOriginalMessage());
        }
        JsonNode entries = root.path("log").path("entries");
        if (!entries.isArray()) {
            throw new InputException(name + ": not a HAR file (no log.entries array)");
        }
        List<Hop> hops = new ArrayList<>();
        int i = 0;
        for (JsonNode e : entries) {
            hops.add(hop(name, i++, e));
        }
        if (hops.isEmpty()) {
            throw new InputException(name + ": the HAR file has no entries");
        }
        return new Chain(hops, false, 0, Optional.empty());
    }

    private static Hop hop(String name, int index, JsonNode e) throws InputException {
        JsonNode request = e.path("request");
        JsonNode response = e.path("response");
        if (!response.path("status").isIntegralNumber() || !request.path("url").isString()) {
            throw new InputException(name + ": entry " + index + " has no request.url or response.status");
        }
        HeaderFields headers = headers(response.path("headers"));
        JsonNode content = response.path("content");
        byte[] body = new byte[0];
        if (content.path("text").isString()) {
            String text = content.path("text").asString();
            try {
                body = content.path("encoding").asString("").equalsIgnoreCase("base64")
                        ? Base64.getMimeDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ex) {
                throw new InputException(name + ": entry " + index + " has content that is not valid base64");
            }
        }
        boolean truncated = body.length > FetchOptions.DEFAULT_BODY_CAP;
        if (truncated) {
            body = java.util.Arrays.copyOf(body, FetchOptions.DEFAULT_BODY_CAP);
        }
        JsonNode t = e.path("timings");
        Timings timings = new Timings(ms(t.path("dns")), connectWithoutTls(t), ms(t.path("ssl")), ms(t.path("wait")),
                e.path("time").isNumber() ? e.path("time").asDouble() : null, "har");
        String version = response.path("httpVersion").asString("");
        String protocol = version.toLowerCase(Locale.ROOT).startsWith("h2") || version.equalsIgnoreCase("HTTP/2.0")
                ? "HTTP/2" : version.isEmpty() ? "HTTP/1.1" : version.toUpperCase(Locale.ROOT);
        return new Hop(request.path("method").asString("GET"), request.path("url").asString(),
                headers(request.path("headers")), protocol, List.of(), false,
                new Response(response.path("status").asInt(), response.path("statusText").asString(""), headers),
                ContentDecoding.decode(HeaderFields.empty(), body, truncated), truncated, false, timings);
    }

    private static HeaderFields headers(JsonNode list) {
        List<HeaderFields.Field> fields = new ArrayList<>();
        for (JsonNode h : list) {
            String n = h.path("name").asString("");
            if (!n.isEmpty() && !n.startsWith(":")) {
                fields.add(new HeaderFields.Field(n, h.path("value").asString("")));
            }
        }
        return new HeaderFields(fields);
    }

    /** HAR times are -1 when not applicable. */
    private static Double ms(JsonNode n) {
        return n.isNumber() && n.asDouble() >= 0 ? n.asDouble() : null;
    }

    /** HAR's connect includes the TLS handshake (HAR 1.2 "ssl"); reported apart here. */
    private static Double connectWithoutTls(JsonNode t) {
        Double connect = ms(t.path("connect"));
        Double ssl = ms(t.path("ssl"));
        return connect == null ? null : ssl == null ? connect : Math.max(0, connect - ssl);
    }
}

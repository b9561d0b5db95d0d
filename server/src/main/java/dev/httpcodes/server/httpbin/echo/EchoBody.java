package dev.httpcodes.server.httpbin.echo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body part of go-httpbin's echo: {@code data} (the body as text, or a base64 data URL for a type it does not
 * read as text), {@code files}, {@code form} and {@code json}, decoded by the media type before any {@code ;}.
 */
final class EchoBody {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Go's decoder reads the first JSON value and leaves whatever follows; so does this reader. */
    private static final ObjectReader FIRST_VALUE = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private EchoBody() {
    }

    /** Adds the four fields to {@code echo}; an empty body leaves them empty whatever its type. */
    static void addTo(ObjectNode echo, byte[] body, String contentTypeHeader) throws BadBodyException {
        ObjectNode files = MAPPER.createObjectNode();
        ObjectNode form = MAPPER.createObjectNode();
        JsonNode json = MAPPER.nullNode();
        String data = "";
        if (body.length > 0) {
            String header = contentTypeHeader == null ? "" : contentTypeHeader;
            int semicolon = header.indexOf(';');
            String mediaType = semicolon < 0 ? header : header.substring(0, semicolon);
            data = new String(body, StandardCharsets.UTF_8);
            switch (mediaType) {
                case "text/html", "text/plain" -> {
                }
                case "application/x-www-form-urlencoded" -> put(form, FormDecoder.decode(data));
                case "multipart/form-data" -> {
                    MultipartDecoder.Parts parts = MultipartDecoder.decode(body, header);
                    put(form, parts.form());
                    put(files, parts.files());
                }
                case "application/json" -> json = json(body);
                default -> data = "data:" + (mediaType.isEmpty() ? "application/octet-stream" : mediaType)
                        + ";base64," + Base64.getUrlEncoder().encodeToString(body);
            }
        }
        echo.put("data", data);
        echo.set("files", files);
        echo.set("form", form);
        echo.set("json", json);
    }

    private static JsonNode json(byte[] body) throws BadBodyException {
        try {
            JsonNode value = FIRST_VALUE.readValue(body);
            if (value == null || value.isMissingNode()) {
                throw new BadBodyException("the JSON body holds no value");
            }
            return value;
        } catch (JacksonException e) {
            throw new BadBodyException("invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static void put(ObjectNode node, Map<String, List<String>> values) {
        values.forEach((name, list) -> list.forEach(node.withArrayProperty(name)::add));
    }
}

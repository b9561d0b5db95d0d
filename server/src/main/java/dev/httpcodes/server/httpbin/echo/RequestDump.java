package dev.httpcodes.server.httpbin.echo;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request written back as HTTP/1 text, as go-httpbin's {@code /dump/request} writes it: the request line, Host,
 * Transfer-Encoding when the body came chunked, the other headers sorted by their canonical names (line breaks in a
 * value turned into spaces, so a value can never start a line of its own), a blank line, then the body, re-chunked
 * if it came chunked. It is sent as text/plain with nosniff, so no byte of it is ever read as HTML.
 */
final class RequestDump {
    private static final Set<String> WRITTEN_APART = Set.of("Host", "Transfer-Encoding", "Trailer");

    private RequestDump() {
    }

    static Buffer of(HttpServerRequest request, Map<String, List<String>> canonicalHeaders, byte[] body) {
        StringBuilder head = new StringBuilder(256);
        head.append(request.method().name()).append(' ').append(request.uri()).append(' ').append(version(request))
                .append("\r\n");
        String target = request.uri();
        boolean absolute = target.startsWith("http://") || target.startsWith("https://");
        String host = request.getHeader("Host");
        if (host == null && request.authority() != null) {
            host = request.authority().toString();
        }
        if (!absolute && host != null && !host.isEmpty()) {
            head.append("Host: ").append(oneLine(host)).append("\r\n");
        }
        String transferEncoding = request.getHeader("Transfer-Encoding");
        boolean chunked = transferEncoding != null && transferEncoding.trim().toLowerCase(java.util.Locale.ROOT)
                .startsWith("chunked");
        if (transferEncoding != null) {
            head.append("Transfer-Encoding: ").append(oneLine(transferEncoding)).append("\r\n");
        }
        canonicalHeaders.forEach((name, values) -> {
            if (!WRITTEN_APART.contains(name)) {
                values.forEach(v -> head.append(name).append(": ").append(oneLine(v)).append("\r\n"));
            }
        });
        head.append("\r\n");
        Buffer dump = Buffer.buffer(head.length() + body.length + 16).appendString(head.toString(),
                StandardCharsets.UTF_8.name());
        if (chunked) {
            if (body.length > 0) {
                dump.appendString(Integer.toHexString(body.length) + "\r\n").appendBytes(body).appendString("\r\n");
            }
            dump.appendString("0\r\n\r\n");
        } else {
            dump.appendBytes(body);
        }
        return dump;
    }

    private static String version(HttpServerRequest request) {
        return switch (request.version()) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_2 -> "HTTP/2.0";
            default -> "HTTP/1.1";
        };
    }

    private static String oneLine(String value) {
        return value.replace('\r', ' ').replace('\n', ' ').strip();
    }
}

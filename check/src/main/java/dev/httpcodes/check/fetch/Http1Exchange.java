package dev.httpcodes.check.fetch;

import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.Response;
import dev.httpcodes.check.http.Timings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 spoken directly on a {@link Connection}: one request with {@code Connection: close}, then every interim
 * response, the final one and its body as sent (RFC 9112 §6.3 framing, chunked decoded, capped).
 */
final class Http1Exchange {
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/(\\d)\\.(\\d) (\\d{3})(?: (.*))?$");
    static final int MAX_LINE = 16 * 1024;
    static final int MAX_FIELDS = 500;
    static final int MAX_INTERIM = 20;
    /** How long to wait for content after a response that allows none (bounded again by the deadline). */
    private static final int EXTRA_WAIT_MS = 500;

    private Http1Exchange() {
    }

    static Hop exchange(Connection c, URI uri, String method, List<HeaderFields.Field> userHeaders, byte[] body,
            int cap, long start) throws IOException {
        List<HeaderFields.Field> sent = requestHeaders(uri, userHeaders, body);
        StringBuilder head = new StringBuilder(256);
        head.append(method).append(' ').append(target(uri)).append(" HTTP/1.1\r\n");
        for (HeaderFields.Field f : sent) {
            head.append(f.name()).append(": ").append(f.value()).append("\r\n");
        }
        head.append("\r\n");
        OutputStream out = c.socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        long sentAt = System.nanoTime();
        DeadlineInput in = new DeadlineInput(c.socket, c.deadline);

        List<Response> interim = new ArrayList<>();
        String[] version = new String[1];
        Response response = readHead(in, version);
        while (response.status() >= 100 && response.status() < 200 && response.status() != 101) {
            if (interim.size() == MAX_INTERIM) {
                throw new MalformedResponseException("more than " + MAX_INTERIM + " interim responses");
            }
            interim.add(response);
            Response next = readHeadOrEnd(in, version);
            if (next == null) {
                // A 1xx and then nothing: kept as the final response so the linter can say so.
                interim.remove(interim.size() - 1);
                return hop(c, uri, method, sent, version[0], interim, response, new byte[0], false, sentAt, in,
                        start);
            }
            response = next;
        }
        BodyRead read = readBody(in, method, response, cap);
        return hop(c, uri, method, sent, version[0], interim, response, read.bytes, read.truncated, sentAt, in, start);
    }

    private static Hop hop(Connection c, URI uri, String method, List<HeaderFields.Field> sent, String version,
            List<Response> interim, Response response, byte[] body, boolean truncated, long sentAt, DeadlineInput in,
            long start) {
        long end = System.nanoTime();
        Timings t = new Timings(c.dnsMs, c.connectMs, c.tlsMs,
                in.firstByteAt == 0 ? null : Connection.ms(sentAt, in.firstByteAt), Connection.ms(start, end),
                "connection");
        byte[] decoded = ContentDecoding.decode(response.headers(), body, truncated);
        return new Hop(method, uri.toString(), new HeaderFields(sent), version, interim, true, response, decoded,
                truncated, true, t);
    }

    private static List<HeaderFields.Field> requestHeaders(URI uri, List<HeaderFields.Field> user, byte[] body) {
        List<HeaderFields.Field> fields = new ArrayList<>();
        if (!has(user, "Host")) {
            fields.add(new HeaderFields.Field("Host", authority(uri)));
        }
        if (!has(user, "User-Agent")) {
            fields.add(new HeaderFields.Field("User-Agent", "httpcodes-check"));
        }
        if (!has(user, "Accept")) {
            fields.add(new HeaderFields.Field("Accept", "*/*"));
        }
        fields.addAll(user);
        if (!has(user, "Connection")) {
            fields.add(new HeaderFields.Field("Connection", "close"));
        }
        if (body != null && !has(user, "Content-Length") && !has(user, "Transfer-Encoding")) {
            fields.add(new HeaderFields.Field("Content-Length", Integer.toString(body.length)));
        }
        return fields;
    }

    /** Host and, when not the scheme's default, port (RFC 9110 §7.2); an IPv6 literal keeps its brackets. */
    static String authority(URI uri) {
        int port = Connection.port(uri);
        boolean defaultPort = port == ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    private static boolean has(List<HeaderFields.Field> fields, String name) {
        for (HeaderFields.Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static Response readHeadOrEnd(DeadlineInput in, String[] version) throws IOException {
        try {
            return readHead(in, version);
        } catch (java.io.EOFException e) {
            return null;
        }
    }

    /** Reads a status line and header section (RFC 9112 §2, §4, §5). */
    static Response readHead(DeadlineInput in, String[] version) throws IOException {
        String line = readLine(in);
        if (line == null) {
            throw new java.io.EOFException("the connection closed before a status line");
        }
        Matcher m = STATUS_LINE.matcher(line);
        if (!m.matches()) {
            throw new MalformedResponseException("not an HTTP/1.x status line: "
                    + line.substring(0, Math.min(line.length(), 80)));
        }
        version[0] = "HTTP/" + m.group(1) + "." + m.group(2);
        List<HeaderFields.Field> fields = new ArrayList<>();
        while (true) {
            String field = readLine(in);
            if (field == null) {
                throw new java.io.EOFException("the connection closed inside the header section");
            }
            if (field.isEmpty()) {
                break;
            }
            if ((field.charAt(0) == ' ' || field.charAt(0) == '\t') && !fields.isEmpty()) {
                // obs-fold (RFC 9112 §5.2): joined with a space.
                HeaderFields.Field last = fields.remove(fields.size() - 1);
                fields.add(new HeaderFields.Field(last.name(), last.value() + " " + field.strip()));
                continue;
            }
            int colon = field.indexOf(':');
            if (colon <= 0) {
                throw new MalformedResponseException("not a header field line: "
                        + field.substring(0, Math.min(field.length(), 80)));
            }
            if (fields.size() == MAX_FIELDS) {
                throw new MalformedResponseException("more than " + MAX_FIELDS + " header fields");
            }
            fields.add(new HeaderFields.Field(field.substring(0, colon).strip(), field.substring(colon + 1).strip()));
        }
        return new Response(Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4),
                new HeaderFields(fields));
    }

    /** One line without its CR LF, as ISO-8859-1 (RFC 9110 §5.5); null at end of stream before any byte. */
    private static String readLine(DeadlineInput in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                int n = line.length();
                return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new MalformedResponseException("a header line longer than " + MAX_LINE + " bytes");
            }
            line.append((char) b);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private record BodyRead(byte[] bytes, boolean truncated) {
    }

    private static BodyRead readBody(DeadlineInput in, String method, Response response, int cap)
            throws IOException {
        int status = response.status();
        HeaderFields h = response.headers();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        if (status == 204 || status == 304 || status == 101 || status < 200 && status >= 100) {
            // No content by definition (RFC 9112 §6.3); whatever still arrives is content the server should not send.
            int n;
            while (body.size() <= cap && (n = in.readExtra(chunk, 0, chunk.length, EXTRA_WAIT_MS)) > 0) {
                body.write(chunk, 0, n);
            }
            return capped(body, cap);
        }
        if (method.equals("HEAD")) {
            return new BodyRead(new byte[0], false);
        }
        String te = h.all("Transfer-Encoding").isEmpty() ? "" : String.join(",", h.all("Transfer-Encoding"));
        if (te.toLowerCase(Locale.ROOT).strip().endsWith("chunked")) {
            return chunked(in, cap);
        }
        long length = -1;
        if (h.has("Content-Length")) {
            try {
                length = Long.parseLong(h.first("Content-Length").orElseThrow().strip());
            } catch (NumberFormatException e) {
                throw new MalformedResponseException("Content-Length is not a number: " + h.first("Content-Length")
                        .orElseThrow());
            }
        }
        long left = length < 0 ? Long.MAX_VALUE : length;
        int n;
        while (left > 0 && body.size() <= cap
                && (n = in.read(chunk, 0, (int) Math.min(chunk.length, left))) > 0) {
            body.write(chunk, 0, n);
            left -= n;
        }
        return capped(body, cap);
    }

    private static BodyRead chunked(DeadlineInput in, int cap) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        while (body.size() <= cap) {
            String size = readLine(in);
            if (size == null) {
                break;
            }
            int semicolon = size.indexOf(';');
            long length;
            try {
                length = Long.parseLong((semicolon >= 0 ? size.substring(0, semicolon) : size).strip(), 16);
            } catch (NumberFormatException e) {
                throw new MalformedResponseException("bad chunk size: " + size.substring(0, Math.min(40, size.length())));
            }
            if (length == 0) {
                break;
            }
            long left = length;
            int n;
            while (left > 0 && body.size() <= cap && (n = in.read(chunk, 0, (int) Math.min(chunk.length, left))) > 0) {
                body.write(chunk, 0, n);
                left -= n;
            }
            if (left > 0) {
                break;
            }
            readLine(in);
        }
        return capped(body, cap);
    }

    private static BodyRead capped(ByteArrayOutputStream body, int cap) {
        byte[] bytes = body.toByteArray();
        if (bytes.length > cap) {
            byte[] kept = new byte[cap];
            System.arraycopy(bytes, 0, kept, 0, cap);
            return new BodyRead(kept, true);
        }
        return new BodyRead(bytes, false);
    }
}

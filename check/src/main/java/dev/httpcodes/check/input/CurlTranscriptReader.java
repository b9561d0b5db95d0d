package dev.httpcodes.check.input;

import dev.httpcodes.check.http.Chain;
import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.Response;
import dev.httpcodes.check.http.Timings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code curl -i} (responses with their headers, then bodies) or {@code curl -v} (request lines after
 * "> ", response lines after "< ", notes after "* ", the body unprefixed) printed, with or without {@code -L}.
 * A transcript shows interim responses and what came after each header section as printed.
 */
public final class CurlTranscriptReader {
    private static final Pattern STATUS = Pattern.compile("^HTTP/(\\d(?:\\.\\d)?) (\\d{3})(?: (.*))?$");
    private static final Pattern REQUEST = Pattern.compile("^([A-Z]+) (\\S+) HTTP/\\d(?:\\.\\d)?$");
    private static final Pattern PORT = Pattern.compile("^Connected to \\S+ \\([^)]*\\) port (\\d+)");

    private CurlTranscriptReader() {
    }

    public static Chain read(String name, byte[] bytes) throws InputException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        boolean verbose = lines.stream().anyMatch(l -> l.startsWith("< HTTP/") || l.startsWith("> "));
        List<Hop> hops = verbose ? verbose(lines) : plain(lines);
        if (hops.isEmpty()) {
            throw new InputException(name + ": no HTTP response found (expected the output of curl -i or curl -v)");
        }
        return new Chain(hops, false, 0, Optional.empty());
    }

    /** The mutable state of one exchange while its lines are read. */
    private static final class Exchange {
        String method = "";
        String target = "";
        String scheme = "http";
        int port = -1;
        List<HeaderFields.Field> request = new ArrayList<>();
        List<Response> interim = new ArrayList<>();
        Response response;
        String protocol = "HTTP/1.1";
        List<HeaderFields.Field> fields;
        int status;
        String reason;
        StringBuilder body = new StringBuilder();
        boolean inBody;

        String url() {
            String host = new HeaderFields(request).first("Host").orElse("");
            if (host.isEmpty() || target.isEmpty()) {
                return target.startsWith("http") ? target : "";
            }
            boolean defaultPort = port < 0 || port == (scheme.equals("https") ? 443 : 80) || host.contains(":");
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + target;
        }
    }

    private static List<Hop> verbose(List<String> lines) {
        List<Hop> hops = new ArrayList<>();
        Exchange x = new Exchange();
        boolean tls = false;
        int port = -1;
        for (String line : lines) {
            if (line.startsWith("* ")) {
                String note = line.substring(2);
                Matcher p = PORT.matcher(note);
                if (p.find()) {
                    port = Integer.parseInt(p.group(1));
                    tls = false;
                }
                if (note.startsWith("SSL connection using") || note.startsWith("ALPN") || note.startsWith("TLS")) {
                    tls = true;
                }
                continue;
            }
            if (line.startsWith("> ") || line.equals(">")) {
                String r = line.length() > 2 ? line.substring(2) : "";
                Matcher m = REQUEST.matcher(r);
                if (m.matches()) {
                    if (x.response != null || x.fields != null) {
                        finish(x, hops);
                    }
                    x = new Exchange();
                    x.method = m.group(1);
                    x.target = m.group(2);
                    x.scheme = tls || port == 443 ? "https" : "http";
                    x.port = port;
                } else if (r.indexOf(':') > 0) {
                    int c = r.indexOf(':');
                    x.request.add(new HeaderFields.Field(r.substring(0, c).strip(), r.substring(c + 1).strip()));
                }
                continue;
            }
            if (line.startsWith("< ") || line.equals("<")) {
                String r = line.length() > 2 ? line.substring(2) : "";
                Matcher m = STATUS.matcher(r);
                if (m.matches()) {
                    startHead(x, m);
                } else if (r.isBlank()) {
                    endHead(x);
                } else if (x.fields != null && r.indexOf(':') > 0) {
                    int c = r.indexOf(':');
                    x.fields.add(new HeaderFields.Field(r.substring(0, c).strip(), r.substring(c + 1).strip()));
                }
                continue;
            }
            if (line.startsWith("{ ") || line.startsWith("} ")) {
                continue;
            }
            if (x.inBody) {
                x.body.append(line).append('\n');
            }
        }
        finish(x, hops);
        return hops;
    }

    private static List<Hop> plain(List<String> lines) {
        List<Hop> hops = new ArrayList<>();
        Exchange x = new Exchange();
        boolean inHead = false;
        for (String line : lines) {
            Matcher m = STATUS.matcher(line);
            boolean mayStart = x.fields == null && x.response == null
                    || x.response != null && (x.response.status() / 100 == 3 || x.response.status() / 100 == 1)
                    || x.fields != null && !inHead && x.status / 100 == 1;
            if (m.matches() && !inHead && mayStart) {
                if (x.response != null && x.response.status() / 100 != 1) {
                    String next = x.response.headers().first("Location").filter(l -> l.startsWith("http")).orElse("");
                    finish(x, hops);
                    x = new Exchange();
                    x.target = next;
                }
                startHead(x, m);
                inHead = true;
                continue;
            }
            if (inHead) {
                if (line.isBlank()) {
                    endHead(x);
                    inHead = false;
                } else if (line.indexOf(':') > 0) {
                    int c = line.indexOf(':');
                    x.fields.add(new HeaderFields.Field(line.substring(0, c).strip(), line.substring(c + 1).strip()));
                }
                continue;
            }
            if (x.inBody) {
                x.body.append(line).append('\n');
            }
        }
        finish(x, hops);
        return hops;
    }

    private static void startHead(Exchange x, Matcher m) {
        x.protocol = "HTTP/" + (m.group(1).equals("2") ? "2" : m.group(1));
        x.status = Integer.parseInt(m.group(2));
        x.reason = m.group(3) == null ? "" : m.group(3).strip();
        x.fields = new ArrayList<>();
        x.inBody = false;
    }

    private static void endHead(Exchange x) {
        if (x.fields == null) {
            return;
        }
        Response r = new Response(x.status, x.reason, new HeaderFields(x.fields));
        x.fields = null;
        if (r.status() >= 100 && r.status() < 200 && r.status() != 101) {
            x.interim.add(r);
            x.response = null;
            return;
        }
        x.response = r;
        x.inBody = true;
        x.body.setLength(0);
    }

    private static void finish(Exchange x, List<Hop> hops) {
        if (x.fields != null) {
            endHead(x);
        }
        if (x.response == null && !x.interim.isEmpty()) {
            // Nothing after the interim responses: the last one stands as the final response, for the linter.
            x.response = x.interim.remove(x.interim.size() - 1);
        }
        if (x.response == null) {
            return;
        }
        String body = x.body.toString();
        // Line ends are the transcript's, not necessarily the server's: trailing ones are not counted.
        while (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        String url = x.url();
        if (url.isEmpty() && !x.target.isEmpty()) {
            try {
                url = URI.create(x.target).isAbsolute() ? x.target : "";
            } catch (IllegalArgumentException e) {
                url = "";
            }
        }
        hops.add(new Hop(x.method.isEmpty() ? "GET" : x.method, url, new HeaderFields(x.request), x.protocol,
                List.copyOf(x.interim), true, x.response, bytes, false, true, Timings.none()));
    }
}

package dev.httpcodes.logs.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One JSON object per line. Field names are configurable; by default the names common shippers use are tried in
 * order (nginx {@code escape=json} formats, Caddy, Traefik, Elastic Common Schema, AWS ALB converted to JSON …).
 */
final class JsonLinesParser implements LineParser {
    /** Which names carry which value; the first present wins. */
    record Fields(List<String> status, List<String> time, List<String> path, List<String> client,
            List<String> agent, List<String> bytes) {
        static final Fields DEFAULT = new Fields(
                List.of("status", "status_code", "statusCode", "response_code", "http.response.status_code",
                        "DownstreamStatus", "elb_status_code", "sc-status"),
                List.of("time", "timestamp", "@timestamp", "time_iso8601", "ts", "StartUTC", "time_local"),
                List.of("uri", "path", "request_uri", "url", "url.path", "RequestPath", "request"),
                List.of("remote_addr", "client_ip", "ip", "client", "remote_ip", "ClientHost", "source.ip"),
                List.of("http_user_agent", "user_agent", "userAgent", "user_agent.original", "request_User-Agent"),
                List.of("body_bytes_sent", "bytes_sent", "size", "bytes", "DownstreamContentSize"));

        /** {@code status=code,time=ts,…} overrides the defaults of the named fields. */
        static Fields parse(String spec) {
            Fields f = DEFAULT;
            for (String pair : spec.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[1].isBlank()) {
                    throw new IllegalArgumentException("expected name=field pairs such as status=code, not \""
                            + pair + "\"");
                }
                List<String> one = List.of(kv[1].strip());
                f = switch (kv[0].strip()) {
                    case "status" -> new Fields(one, f.time, f.path, f.client, f.agent, f.bytes);
                    case "time" -> new Fields(f.status, one, f.path, f.client, f.agent, f.bytes);
                    case "path" -> new Fields(f.status, f.time, one, f.client, f.agent, f.bytes);
                    case "client" -> new Fields(f.status, f.time, f.path, one, f.agent, f.bytes);
                    case "agent" -> new Fields(f.status, f.time, f.path, f.client, one, f.bytes);
                    case "bytes" -> new Fields(f.status, f.time, f.path, f.client, f.agent, one);
                    default -> throw new IllegalArgumentException("unknown field \"" + kv[0].strip()
                            + "\"; known: status, time, path, client, agent, bytes");
                };
            }
            return f;
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();
    private final Fields fields;
    private final JsonLineScanner scanner;

    JsonLinesParser(Fields fields) {
        this.fields = fields;
        this.scanner = new JsonLineScanner(fields);
    }

    /** The byte scanner for the common shape of line; the full parser for the rest, with the same result. */
    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        int fast = scanner.scan(b, start, end, r);
        return fast == JsonLineScanner.FALLBACK ? parseFully(b, start, end, r) : fast == JsonLineScanner.TRUE;
    }

    /** Every line through Jackson's tokenizer: the reference the scanner agrees with (tests compare the two). */
    boolean parseFully(byte[] b, int start, int end, LogRecord r) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), b, start, end - start)) {
            return read(p, r);
        } catch (RuntimeException e) {
            // nginx escape=json writes bytes from 0x80 as they are (a TLS handshake sent to a plain port, a binary
            // probe), so a valid line need not be UTF-8, which the byte tokenizer refuses: read it again decoded, its
            // stray bytes as U+FFFD. Only such lines (and malformed ones) pay for the copy.
        }
        r.reset(b);
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(),
                new String(b, start, end - start, StandardCharsets.UTF_8))) {
            return read(p, r);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean read(JsonParser p, LogRecord r) {
        // Flat objects only; nested objects are flattened with dots ("http.response.status_code").
        String statusText = null;
        int statusRank = Integer.MAX_VALUE;
        int timeRank = Integer.MAX_VALUE;
        int pathRank = Integer.MAX_VALUE;
        int clientRank = Integer.MAX_VALUE;
        int agentRank = Integer.MAX_VALUE;
        int bytesRank = Integer.MAX_VALUE;
        boolean timeBad = false;
        {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            StringBuilder prefix = new StringBuilder();
            java.util.ArrayDeque<Integer> lengths = new java.util.ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT) {
                    if (lengths.isEmpty()) {
                        break;
                    }
                    prefix.setLength(lengths.pop());
                    continue;
                }
                if (t != JsonToken.PROPERTY_NAME) {
                    continue;
                }
                String name = prefix + p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT) {
                    lengths.push(prefix.length());
                    prefix.append(p.currentName()).append('.');
                    continue;
                }
                if (v == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                String value = v == JsonToken.VALUE_NULL ? null : p.getString();
                int rank;
                if ((rank = fields.status.indexOf(name)) >= 0 && rank < statusRank) {
                    statusRank = rank;
                    statusText = value;
                } else if ((rank = fields.time.indexOf(name)) >= 0 && rank < timeRank) {
                    timeRank = rank;
                    if (value != null) {
                        byte[] local = value.getBytes(StandardCharsets.ISO_8859_1);
                        r.epochSecond = name.equals("time_local") ? Times.commonLog(local, 0, local.length)
                                : Times.iso(value);
                        if (r.epochSecond == LogRecord.NO_TIME) {
                            timeBad = true;
                        }
                    }
                } else if ((rank = fields.path.indexOf(name)) >= 0 && rank < pathRank) {
                    pathRank = rank;
                    text(pathOf(name, value), r::path);
                } else if ((rank = fields.client.indexOf(name)) >= 0 && rank < clientRank) {
                    clientRank = rank;
                    text(value, r::client);
                } else if ((rank = fields.agent.indexOf(name)) >= 0 && rank < agentRank) {
                    agentRank = rank;
                    text(value, r::agent);
                } else if ((rank = fields.bytes.indexOf(name)) >= 0 && rank < bytesRank && value != null
                        && !value.equals("-")) {
                    if (!value.matches("[0-9]{1," + LogRecord.MAX_DIGITS + "}")) {
                        return false;
                    }
                    bytesRank = rank;
                    r.bytes = Long.parseLong(value);
                }
            }
        }
        if (statusText == null || !statusText.matches("[0-9]{3}") || timeBad) {
            return false;
        }
        r.status = Integer.parseInt(statusText);
        return true;
    }

    private interface Range {
        void set(byte[] b, int start, int end);
    }

    private static void text(String value, Range field) {
        if (value != null) {
            byte[] b = value.getBytes(StandardCharsets.UTF_8);
            field.set(b, 0, b.length);
        }
    }

    /** A request line ("GET /x HTTP/1.1") or URL gives its path without the query. */
    private static String pathOf(String name, String value) {
        if (value == null) {
            return null;
        }
        String v = value;
        if (name.equals("request")) {
            String[] parts = v.split(" ");
            v = parts.length > 1 ? parts[1] : v;
        }
        int q = v.indexOf('?');
        return q >= 0 ? v.substring(0, q) : v;
    }
}

package dev.httpcodes.logs.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * nginx lines whose request holds bytes nginx escapes, the way it escapes them: with {@code escape=json} (a JSON
 * object per line: quote and backslash escaped with a backslash, control bytes as a backslash, u and four hex digits,
 * bytes from 0x80 written raw, so not always UTF-8), and with the default escaping of the combined format
 * ({@code \x22} for a quote, {@code \xXX} for control bytes and bytes from 0x7f). Such lines are mostly 400s: TLS
 * handshakes sent to a plain-HTTP port, binary probes, quotes in request targets.
 */
public final class NginxEscapedSampleLog implements SampleLog {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
    private static final int[] CODES = {200, 200, 200, 301, 304, 404, 400, 400, 499, 502};

    private final boolean json;

    private NginxEscapedSampleLog(boolean json) {
        this.json = json;
    }

    public static NginxEscapedSampleLog escapeJson() {
        return new NginxEscapedSampleLog(true);
    }

    public static NginxEscapedSampleLog escapeDefault() {
        return new NginxEscapedSampleLog(false);
    }

    @Override
    public String formatId() {
        return json ? "json" : "combined";
    }

    @Override
    public String toString() {
        return "nginx escape=" + (json ? "json" : "default");
    }

    /** The raw bytes of a request, before nginx escapes them. */
    private static byte[] request(Random random, int status) {
        if (status == 400 && random.nextBoolean()) {
            byte[] garbage = new byte[4 + random.nextInt(12)];
            random.nextBytes(garbage);
            garbage[0] = 0x16;
            garbage[1] = 0x03;
            return garbage;
        }
        String target = switch (random.nextInt(6)) {
            case 0 -> "/q?name=\"x\"";
            case 1 -> "/back\\slash";
            case 2 -> "/caf\u00e9";
            case 3 -> "/tab\there";
            default -> "/p/" + random.nextInt(50);
        };
        return ("GET " + target + " HTTP/1.1").getBytes(StandardCharsets.UTF_8);
    }

    private static void escape(byte[] raw, boolean json, ByteArrayOutputStream out) {
        for (byte x : raw) {
            int c = x & 0xff;
            if (c == '"' || c == '\\') {
                if (json) {
                    out.write('\\');
                    out.write(c);
                } else {
                    out.writeBytes(String.format(Locale.ROOT, "\\x%02X", c).getBytes(StandardCharsets.US_ASCII));
                }
            } else if (c < 0x20 || !json && c >= 0x7f) {
                String e = json ? switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    default -> String.format(Locale.ROOT, "\\u%04X", c);
                } : String.format(Locale.ROOT, "\\x%02X", c);
                out.writeBytes(e.getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(c);
            }
        }
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        Random random = new Random(seed);
        Truth truth = new Truth();
        long t = Instant.parse("2026-11-27T06:00:00Z").getEpochSecond();
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        for (int i = 0; i < records; i++) {
            t += random.nextInt(3);
            line.reset();
            int status = CODES[random.nextInt(CODES.length)];
            byte[] raw = request(random, status);
            String client = "198.51.100." + random.nextInt(30);
            String bytes = Integer.toString(random.nextInt(5000));
            if (json) {
                boolean quotedStatus = random.nextBoolean();
                line.writeBytes(("{\"time_iso8601\":\"" + Instant.ofEpochSecond(t).atOffset(ZoneOffset.UTC)
                        + "\",\"remote_addr\":\"" + client + "\",\"request\":\"").getBytes(StandardCharsets.UTF_8));
                escape(raw, true, line);
                line.writeBytes(("\",\"status\":" + (quotedStatus ? "\"" + status + "\"" : status)
                        + ",\"body_bytes_sent\":" + bytes + ",\"http_referer\":\"\",\"http_user_agent\":\"")
                        .getBytes(StandardCharsets.UTF_8));
                escape(random.nextInt(4) == 0 ? raw : "Mozilla/5.0".getBytes(StandardCharsets.UTF_8), true, line);
                line.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            } else {
                line.writeBytes((client + " - - [" + LOCAL.format(Instant.ofEpochSecond(t).atOffset(ZoneOffset.UTC))
                        + "] \"").getBytes(StandardCharsets.UTF_8));
                escape(raw, false, line);
                line.writeBytes(("\" " + status + " " + bytes + " \"-\" \"").getBytes(StandardCharsets.UTF_8));
                escape(random.nextInt(4) == 0 ? raw : "Mozilla/5.0".getBytes(StandardCharsets.UTF_8), false, line);
                line.writeBytes("\"".getBytes(StandardCharsets.UTF_8));
            }
            truth.status(Integer.toString(status));
            line.write('\n');
            out.write(line.toByteArray());
        }
        return truth;
    }
}

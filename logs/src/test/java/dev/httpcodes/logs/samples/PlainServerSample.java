package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The formats that carry no producer evidence (nginx/Apache combined and common, IIS W3C, generic JSON lines), so the
 * detection matrix also checks that the proxy and CDN formats never claim them.
 */
public final class PlainServerSample implements SampleLog {
    private static final String[] CODES = {"200", "200", "200", "301", "304", "404", "403", "500", "502", "503"};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.ofHours(1));
    private static final DateTimeFormatter IIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String id;

    private PlainServerSample(String id) {
        this.id = id;
    }

    public static final SampleLog COMBINED = new PlainServerSample("combined");
    public static final SampleLog COMMON = new PlainServerSample("common");
    public static final SampleLog IIS_W3C = new PlainServerSample("iis");
    public static final SampleLog JSON = new PlainServerSample("json");

    @Override
    public String formatId() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        SampleValues v = new SampleValues(seed);
        Truth truth = new Truth();
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        if (id.equals("iis")) {
            p.print("#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2026-11-27 00:00:00\n"
                    + "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                    + "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n");
        }
        for (int i = 0; i < records; i++) {
            String code = v.pick(CODES);
            Instant t = v.tick();
            if (v.chance(1)) {
                truth.malformed++;
                p.print("garbage line " + v.hex(8) + "\n");
                continue;
            }
            truth.status(code);
            String request = v.pick(SampleValues.METHODS) + " " + v.path() + v.query() + " HTTP/1.1";
            p.print(switch (id) {
                case "combined" -> v.client() + " - - [" + LOCAL.format(t) + "] \"" + request + "\" " + code + " "
                        + v.nextInt(90000) + " \"-\" \"" + v.agent() + "\"";
                case "common" -> v.client() + " - - [" + LOCAL.format(t) + "] \"" + request + "\" " + code + " "
                        + v.nextInt(90000);
                case "iis" -> IIS.format(t) + " 10.0.0.4 GET " + v.path() + " - 443 - " + v.ipv4() + " "
                        + v.agent().replace(' ', '+') + " - " + code + " 0 0 " + v.millis();
                default -> "{\"time\":\"" + t + "\",\"remote_addr\":\"" + v.client() + "\",\"request\":\"" + request
                        + "\",\"status\":" + code + ",\"body_bytes_sent\":" + v.nextInt(90000)
                        + ",\"http_user_agent\":\"" + v.agent() + "\"}";
            });
            p.print('\n');
        }
        p.flush();
        return truth;
    }
}

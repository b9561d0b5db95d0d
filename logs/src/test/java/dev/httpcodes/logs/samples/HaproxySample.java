package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** HAProxy httplog lines (some tcplog), half through syslog (RFC 3164 prefix), half raw to stdout. */
public final class HaproxySample implements SampleLog {
    /** Status (-1: none), termination state, whether the server is named, made by HAProxy. */
    private record Outcome(String status, String state, boolean server, boolean proxy) {
    }

    private static final Outcome[] OUTCOMES = {
        new Outcome("200", "----", true, false), new Outcome("200", "----", true, false),
        new Outcome("200", "--NI", true, false), new Outcome("304", "----", true, false),
        new Outcome("404", "----", true, false), new Outcome("500", "----", true, false),
        new Outcome("503", "----", true, false), new Outcome("200", "CD--", true, false),
        new Outcome("200", "SD--", true, false),
        new Outcome("503", "SC--", true, true), new Outcome("504", "sH--", true, true),
        new Outcome("502", "SH--", true, true), new Outcome("503", "SC--", false, true),
        new Outcome("403", "PR--", false, true), new Outcome("408", "cR--", false, true),
        new Outcome("400", "CR--", false, true), new Outcome("301", "LR--", false, true),
        new Outcome("429", "PR--", false, true), new Outcome("-1", "CH--", true, true),
        new Outcome("-1", "CC--", true, true)};
    private static final DateTimeFormatter ACCEPT = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss.SSS",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String[] SERVERS = {"web/app1", "web/app2", "api/api-3", "static/s3-proxy"};

    @Override
    public String formatId() {
        return "haproxy";
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        SampleValues v = new SampleValues(seed);
        Truth truth = new Truth();
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        boolean syslog = seed % 2 == 0;
        for (int i = 0; i < records; i++) {
            Instant t = v.tick();
            String prefix = syslog ? SYSLOG.format(t) + " lb1 haproxy[2817]: " : "";
            if (v.chance(1)) {
                truth.malformed++;
                p.print(prefix + switch (v.nextInt(3)) {
                    case 0 -> v.ipv4() + ":51234 [" + ACCEPT.format(t) + "] fe-https~ web/app1 0/0/1/";
                    case 1 -> v.ipv4() + ":51234 [" + ACCEPT.format(t) + "] fe-https~ web/app1 0/0/1/20/21 99999 "
                            + "512 - - ---- 3/3/1/1/0 0/0 \"GET / HTTP/1.1\"";
                    default -> "Server web/app2 is DOWN, reason: Layer4 timeout, check duration: 2001ms.";
                });
                p.print('\n');
                continue;
            }
            if (v.chance(5)) {
                // A TCP-mode frontend: no HTTP, so no status.
                truth.noStatus++;
                p.print(prefix + v.ipv4() + ":" + (1024 + v.nextInt(60000)) + " [" + ACCEPT.format(t)
                        + "] fe-mysql db/mysql-1 0/1/" + v.millis() + " " + v.nextInt(90000) + " -- 7/1/1/1/0 0/0\n");
                continue;
            }
            Outcome o = v.pick(OUTCOMES);
            if (o.status.equals("-1")) {
                truth.noStatus++;
            } else {
                truth.status(o.status);
                truth.produced(o.status, o.proxy);
            }
            String server = o.server ? v.pick(SERVERS) : v.pick(SERVERS).split("/")[0] + "/<NOSRV>";
            int ta = v.millis();
            String timers = o.state.startsWith("sH") ? "0/0/1/-1/" + (30000 + ta)
                    : o.state.startsWith("SC") ? "0/0/-1/-1/" + ta
                    : !o.server ? "0/-1/-1/-1/" + ta : "0/0/1/" + Math.max(0, ta - 1) + "/" + ta;
            String request = o.state.startsWith("CR") ? "<BADREQ>"
                    : v.pick(SampleValues.METHODS) + " " + (v.chance(30) ? "https://" + v.host() : "") + v.path()
                            + v.query() + (v.chance(30) ? " HTTP/2.0" : " HTTP/1.1");
            String headers = v.chance(40) ? " {" + v.host() + "|" + v.agent() + "}" : "";
            p.print(prefix + v.client() + ":" + (1024 + v.nextInt(60000)) + " [" + ACCEPT.format(t) + "] fe-https~ "
                    + server + " " + timers + " " + o.status + " " + v.nextInt(90000) + " - - " + o.state + " "
                    + (v.nextInt(300) + 1) + "/80/12/3/" + (o.state.startsWith("SC") ? 3 : 0) + " 0/0" + headers
                    + " \"" + request + "\"\n");
        }
        p.flush();
        return truth;
    }
}

package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/** Envoy's default access log; odd seeds write Istio's sidecar default (code details and more fields). */
public final class EnvoySample implements SampleLog {
    /** Status (0: none), flags, code details, whether an upstream host is logged, made by Envoy. */
    private record Outcome(String status, String flags, String details, boolean host, boolean proxy) {
    }

    private static final Outcome[] OUTCOMES = {
        new Outcome("200", "-", "via_upstream", true, false), new Outcome("200", "-", "via_upstream", true, false),
        new Outcome("201", "-", "via_upstream", true, false), new Outcome("404", "-", "via_upstream", true, false),
        new Outcome("503", "-", "via_upstream", true, false), new Outcome("500", "-", "via_upstream", true, false),
        new Outcome("200", "DC", "downstream_remote_disconnect", true, false),
        new Outcome("503", "UF", "upstream_reset_before_response_started{connection_failure}", true, true),
        new Outcome("503", "URX,UF", "upstream_reset_before_response_started{connection_failure}", true, true),
        new Outcome("503", "UH", "no_healthy_upstream", false, true),
        new Outcome("504", "UT", "upstream_response_timeout", true, true),
        new Outcome("404", "NR", "route_not_found", false, true),
        new Outcome("429", "RL", "request_rate_limited", false, true),
        new Outcome("503", "UO", "upstream_reset_before_response_started{overflow}", false, true),
        new Outcome("301", "-", "direct_response", false, true),
        new Outcome("0", "DC", "downstream_remote_disconnect", true, true)};
    private static final DateTimeFormatter START = DateTimeFormatter.ISO_INSTANT;

    @Override
    public String formatId() {
        return "envoy";
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        SampleValues v = new SampleValues(seed);
        Truth truth = new Truth();
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        boolean istio = seed % 2 != 0;
        for (int i = 0; i < records; i++) {
            String start = "[" + START.format(v.tick().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)) + "]";
            if (v.chance(1)) {
                truth.malformed++;
                p.print(switch (v.nextInt(3)) {
                    case 0 -> start + " \"GET /api/v1/orders HTTP/1.1\" 200 - 0 1432 ";
                    case 1 -> start + " \"GET / HTTP/1.1\" 99999 - 0 12 3 2 \"-\" \"curl/8.5.0\" \"" + v.uuid()
                            + "\" \"www.example.com\" \"10.0.1.12:8080\"";
                    default -> "[2026-11-27 09:39:15.123][1][warning][config] gRPC config stream closed: 14";
                });
                p.print('\n');
                continue;
            }
            Outcome o = v.pick(OUTCOMES);
            if (o.status.equals("0")) {
                truth.noStatus++;
            } else {
                truth.status(o.status);
                truth.produced(o.status, o.proxy);
            }
            int duration = v.millis();
            String service = o.host && !o.flags.contains("U") ? Integer.toString(Math.max(0, duration - 1)) : "-";
            String upstream = o.host ? v.backend() : "-";
            StringBuilder b = new StringBuilder(start).append(" \"").append(v.pick(SampleValues.METHODS)).append(' ')
                    .append(v.path()).append(v.query()).append(v.chance(40) ? " HTTP/2\" " : " HTTP/1.1\" ")
                    .append(o.status).append(' ').append(o.flags).append(' ');
            if (istio) {
                b.append(o.details).append(" - \"").append(o.flags.contains("UF") ? "delayed_connect_error:_111" : "-")
                        .append("\" ");
            }
            b.append(v.nextInt(4000)).append(' ').append(o.status.equals("0") ? 0 : v.nextInt(90000)).append(' ')
                    .append(duration).append(' ').append(service).append(" \"")
                    .append(v.chance(70) ? v.client() + (v.chance(20) ? ", 10.1.0.4" : "") : "-").append("\" \"")
                    .append(v.agent()).append("\" \"").append(v.uuid()).append("\" \"").append(v.host())
                    .append("\" \"").append(upstream).append('"');
            if (istio) {
                b.append(" outbound|8080||web.shop.svc.cluster.local 10.44.1.27:41854 10.44.1.27:8080 ")
                        .append(v.ipv4()).append(":37652 - default");
            }
            p.print(b.append('\n'));
        }
        p.flush();
        return truth;
    }
}

package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CloudFront standard log files, as delivered (gzip them for the delivered form): directives, then tab-separated. */
public final class CloudFrontSample implements SampleLog {
    static final String FIELDS = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status "
            + "cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header "
            + "cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type "
            + "cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte "
            + "x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end origin-fbl "
            + "origin-lbl asn c-country cache-behavior-path-pattern";

    /** Outcome: status, result type, detailed type, made by CloudFront (null: no status). */
    private record Outcome(String status, String result, String detailed, Boolean proxy) {
    }

    private static final Outcome[] OUTCOMES = {
        new Outcome("200", "Hit", "Hit", false), new Outcome("200", "Hit", "Hit", false),
        new Outcome("200", "Miss", "Miss", false), new Outcome("200", "RefreshHit", "RefreshHit", false),
        new Outcome("304", "Hit", "Hit", false), new Outcome("206", "Miss", "Miss", false),
        new Outcome("200", "Hit", "OriginShieldHit", false),
        new Outcome("404", "Error", "Error", false), new Outcome("403", "Error", "Error", false),
        new Outcome("500", "Error", "Error", false),
        new Outcome("403", "Error", "ClientGeoBlocked", true), new Outcome("502", "Error", "OriginConnectError", true),
        new Outcome("502", "Error", "OriginDnsError", true), new Outcome("504", "Error", "OriginReadError", true),
        new Outcome("503", "LimitExceeded", "LimitExceeded", true), new Outcome("301", "Redirect", "Redirect", true),
        new Outcome("400", "Error", "InvalidRequestHeader", true),
        new Outcome("000", "Error", "ClientCommError", null), new Outcome("000", "Error", "ClientHungUpRequest", null)};
    private static final String[] EDGES = {"FRA56-P5", "IAD89-C1", "NRT57-P2", "SIN2-C1", "GRU3-C2"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd\tHH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Override
    public String formatId() {
        return "cloudfront";
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        SampleValues v = new SampleValues(seed);
        Truth truth = new Truth();
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.print("#Version: 1.0\n#Fields: " + FIELDS + "\n");
        for (int i = 0; i < records; i++) {
            if (v.chance(1)) {
                truth.malformed++;
                p.print(switch (v.nextInt(3)) {
                    case 0 -> DATE.format(v.tick()) + "\tFRA56-P5\t3245\t203.0.113.7\tGET"; // cut short
                    case 1 -> line(v, new Outcome("99999", "Miss", "Miss", false));
                    default -> "not a CloudFront line at all";
                });
                p.print('\n');
                continue;
            }
            Outcome o = v.pick(OUTCOMES);
            if (o.proxy == null) {
                truth.noStatus++;
            } else {
                truth.status(o.status);
                truth.produced(o.status, o.proxy);
            }
            p.print(line(v, o));
            p.print('\n');
        }
        p.flush();
        return truth;
    }

    private static String line(SampleValues v, Outcome o) {
        String host = v.host();
        String agent = v.agent().replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        String taken = String.format(java.util.Locale.ROOT, "%.3f", v.millis() / 1000.0);
        boolean none = o.status.equals("000");
        return String.join("\t", DATE.format(v.tick()), v.pick(EDGES), none ? "0" : Integer.toString(300
                + v.nextInt(90000)), v.client(), v.pick(SampleValues.METHODS), "d111111abcdef8.cloudfront.net",
                v.path(), o.status, v.chance(30) ? "https://" + host + "/" : "-", agent,
                v.chance(20) ? "q=" + v.nextInt(99) : "-", "-", o.result,
                v.hex(24) + "==", host, "https", Integer.toString(200 + v.nextInt(900)), taken, "-", "TLSv1.3",
                "TLS_AES_128_GCM_SHA256", o.result, v.chance(50) ? "HTTP/2.0" : "HTTP/1.1", "-", "-",
                Integer.toString(1024 + v.nextInt(60000)), taken, o.detailed, none ? "-" : "text/html",
                none ? "-" : Integer.toString(v.nextInt(90000)), "-", "-", "-", "-", "16509", "DE", "/*");
    }
}

package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Cloudflare Logpush http_requests lines (delivered gzipped); the timestamp format varies with the seed. */
public final class CloudflareSample implements SampleLog {
    /** Edge status, origin status (0: none), cache status, made by Cloudflare. */
    private record Outcome(int edge, int origin, String cache, boolean proxy) {
    }

    private static final Outcome[] OUTCOMES = {
        new Outcome(200, 200, "miss", false), new Outcome(200, 0, "hit", false), new Outcome(200, 0, "hit", false),
        new Outcome(304, 0, "revalidated", false), new Outcome(200, 200, "dynamic", false),
        new Outcome(404, 404, "miss", false), new Outcome(500, 500, "dynamic", false),
        new Outcome(503, 503, "dynamic", false), new Outcome(200, 0, "stale", false),
        new Outcome(520, 0, "dynamic", true), new Outcome(521, 0, "dynamic", true),
        new Outcome(522, 0, "dynamic", true), new Outcome(524, 0, "dynamic", true),
        new Outcome(520, 502, "dynamic", true), new Outcome(526, 0, "dynamic", true),
        new Outcome(403, 0, "unknown", true), new Outcome(429, 0, "unknown", true), new Outcome(301, 0, "none", true),
        new Outcome(0, 0, "unknown", true)};

    @Override
    public String formatId() {
        return "cloudflare";
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        SampleValues v = new SampleValues(seed);
        Truth truth = new Truth();
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        int timeFormat = (int) (seed % 3);
        for (int i = 0; i < records; i++) {
            Outcome o = v.pick(OUTCOMES);
            String line = line(v, o, Integer.toString(o.edge), timeFormat);
            if (v.chance(1)) {
                truth.malformed++;
                line = switch (v.nextInt(4)) {
                    case 0 -> line.substring(0, line.length() / 3);
                    case 1 -> line(v, o, "99999", timeFormat);
                    case 2 -> line(v, o, "true", timeFormat);
                    default -> line.replace("\"EdgeStartTimestamp\":", "\"EdgeStartTimestamp\":\"yesterday\",\"x\":");
                };
            } else if (o.edge == 0) {
                truth.noStatus++;
            } else {
                String code = Integer.toString(o.edge);
                truth.status(code);
                truth.produced(code, o.proxy);
            }
            p.print(line);
            p.print('\n');
        }
        p.flush();
        return truth;
    }

    private static String line(SampleValues v, Outcome o, String edge, int timeFormat) {
        java.time.Instant t = v.tick();
        String time = switch (timeFormat) {
            case 0 -> "\"" + t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"";
            case 1 -> Long.toString(t.getEpochSecond());
            default -> Long.toString(t.getEpochSecond() * 1_000_000_000L + t.getNano());
        };
        String path = v.path();
        String query = v.query();
        boolean origin = o.origin > 0;
        return "{\"CacheCacheStatus\":\"" + o.cache + "\",\"ClientIP\":\"" + v.client() + "\",\"ClientRequestHost\":\""
                + v.host() + "\",\"ClientRequestMethod\":\"" + v.pick(SampleValues.METHODS) + "\",\"ClientRequestPath\":\""
                + path + "\",\"ClientRequestURI\":\"" + path + query + "\",\"ClientRequestUserAgent\":\"" + v.agent()
                + "\",\"EdgeEndTimestamp\":" + time + ",\"EdgeResponseBytes\":" + v.nextInt(90000)
                + ",\"EdgeResponseStatus\":" + edge + ",\"EdgeStartTimestamp\":" + time + ",\"EdgeTimeToFirstByteMs\":"
                + v.millis() + ",\"OriginIP\":\"" + (origin ? v.backend().split(":")[0] : "") + "\","
                + "\"OriginResponseDurationMs\":" + (origin ? v.millis() : 0) + ",\"OriginResponseStatus\":" + o.origin
                + ",\"RayID\":\"" + v.hex(16) + "\",\"SecurityAction\":\"" + (o.edge == 403 ? "block" : "") + "\","
                + "\"ZoneName\":\"example.com\"}";
    }
}

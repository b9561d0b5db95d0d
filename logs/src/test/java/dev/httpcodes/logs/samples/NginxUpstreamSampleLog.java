package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * nginx as a reverse proxy, combined plus {@code $upstream_status $request_time $upstream_response_time}: responses
 * passed on from the upstream (after retries, {@code 502, 200}, and internal redirects, {@code 404 : 200}), and
 * responses nginx made itself ({@code -}: redirects, static files, rate limits, clients gone before an upstream was
 * picked), plus broken lines.
 */
public final class NginxUpstreamSampleLog implements SampleLog {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
    private static final int[] UPSTREAM = {200, 200, 200, 201, 302, 304, 400, 404, 500, 502, 503, 504};
    private static final int[] ITSELF = {301, 404, 499, 503, 429, 400};

    @Override
    public String formatId() {
        return "nginx-upstream";
    }

    @Override
    public String toString() {
        return formatId();
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        Random random = new Random(seed);
        Truth truth = new Truth();
        long t = Instant.parse("2026-11-27T06:00:00Z").getEpochSecond();
        for (int i = 0; i < records; i++) {
            t += random.nextInt(3);
            int shape = random.nextInt(100);
            String time = LOCAL.format(Instant.ofEpochSecond(t).atOffset(ZoneOffset.ofHours(8)));
            String head = "192.0.2." + random.nextInt(50) + " - - [" + time + "] \"GET /api/" + random.nextInt(30)
                    + "?x=1 HTTP/1.1\" ";
            String line;
            if (shape == 0) {
                line = head + "200 12 \"-\" \"curl/8\" 200";
                truth.malformed++;
            } else if (shape < 30) {
                int status = ITSELF[random.nextInt(ITSELF.length)];
                line = head + status + " 150 \"-\" \"Mozilla/5.0\" - " + time(random) + " -";
                truth.status(Integer.toString(status));
                truth.produced(Integer.toString(status), true);
            } else {
                int status = UPSTREAM[random.nextInt(UPSTREAM.length)];
                String upstream = switch (random.nextInt(5)) {
                    case 0 -> "502, " + status;
                    case 1 -> "404 : " + status;
                    case 2 -> "504, 502 : " + status;
                    default -> Integer.toString(status);
                };
                String times = switch (upstream.length() > 3 ? 1 : 0) {
                    case 1 -> "0.001, 0.020";
                    default -> time(random);
                };
                line = head + status + " " + random.nextInt(9000) + " \"https://example.com/\" \"Mozilla/5.0 (X11)\" "
                        + upstream + " " + time(random) + " " + times;
                truth.status(Integer.toString(status));
                truth.produced(Integer.toString(status), false);
            }
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return truth;
    }

    private static String time(Random random) {
        return String.format(Locale.ROOT, "%.3f", Math.exp(random.nextGaussian() - 3));
    }
}

package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

/**
 * AWS Application Load Balancer access-log lines with every current field, and the Classic Load Balancer's with its
 * fifteen: targets that answer (their status passed on, or replaced by the load balancer), requests the load balancer
 * answered itself ({@code -} target: 502, 503, 504, 460, 463, redirects and fixed responses), lines without a status,
 * and a share of broken lines.
 */
public final class AlbSampleLog implements SampleLog {
    private static final String[] PATHS = {"/", "/api/orders", "/api/orders/42", "/login", "/static/app.js",
        "/health", "/api/search"};
    private static final String[] AGENTS = {"Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "curl/8.5.0",
        "ELB-HealthChecker/2.0", "python-requests/2.32", "-", "agent with \\\"quotes\\\""};
    private static final int[] TARGET_CODES = {200, 200, 200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 404, 500,
        502, 503};
    /** What the load balancer sends by itself, with the error_reason it logs (ALB) . */
    private static final String[][] LB_ANSWERS = {{"502", "TargetConnectionError"}, {"502", "TargetTLSNegotiationError"},
        {"503", "-"}, {"504", "TargetResponseTimeout"}, {"460", "-"}, {"463", "-"}, {"301", "-"}, {"403", "-"},
        {"500", "LambdaUnhandled"}};

    private final boolean classic;

    private AlbSampleLog(boolean classic) {
        this.classic = classic;
    }

    public static AlbSampleLog alb() {
        return new AlbSampleLog(false);
    }

    public static AlbSampleLog classic() {
        return new AlbSampleLog(true);
    }

    @Override
    public String formatId() {
        return classic ? "elb" : "alb";
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
        StringBuilder line = new StringBuilder(1024);
        for (int i = 0; i < records; i++) {
            t += random.nextInt(3);
            line.setLength(0);
            int shape = random.nextInt(100);
            String time = Instant.ofEpochSecond(t).toString().replace("Z", String.format(".%06dZ",
                    random.nextInt(1_000_000)));
            String client = "203.0.113." + random.nextInt(40) + ":" + (1024 + random.nextInt(60000));
            String path = PATHS[random.nextInt(PATHS.length)];
            String request = (random.nextBoolean() ? "GET" : "POST") + " https://shop.example.com:443" + path
                    + (random.nextBoolean() ? "?id=" + random.nextInt(999) : "") + " HTTP/1.1";
            String agent = AGENTS[random.nextInt(AGENTS.length)];
            String target;
            String targetTime;
            String elbStatus;
            String targetStatus;
            String reason = "-";
            if (shape < 2) {
                // Broken on purpose: cut short, or not a load balancer line at all.
                out.write(((shape == 0 ? (classic ? "" : "https ") + time + " app/shop/50dc6c495c0c9188 "
                        + client : "GET /x HTTP/1.1 200") + "\n").getBytes(StandardCharsets.UTF_8));
                truth.malformed++;
                continue;
            } else if (shape < 4) {
                // The client went away before any response: no status at all.
                target = "-";
                targetTime = "-1";
                elbStatus = "-";
                targetStatus = "-";
                request = "- - - ";
                truth.noStatus++;
            } else if (shape < 25) {
                String[] answer = LB_ANSWERS[random.nextInt(LB_ANSWERS.length)];
                target = "-";
                targetTime = "-1";
                elbStatus = answer[0];
                targetStatus = "-";
                reason = answer[1];
                truth.status(elbStatus);
                truth.produced(elbStatus, true);
            } else {
                target = "10.0." + random.nextInt(4) + "." + random.nextInt(20) + ":8080";
                targetTime = String.format(java.util.Locale.ROOT, "%.3f", Math.exp(random.nextGaussian() - 3));
                targetStatus = Integer.toString(TARGET_CODES[random.nextInt(TARGET_CODES.length)]);
                elbStatus = targetStatus;
                truth.status(elbStatus);
                truth.produced(elbStatus, false);
            }
            if (classic) {
                line.append(time).append(" shop-elb ").append(client).append(' ').append(target).append(" 0.000041 ")
                        .append(targetTime).append(" 0.000021 ").append(elbStatus).append(' ').append(targetStatus)
                        .append(' ').append(random.nextInt(2000)).append(' ').append(random.nextInt(90_000))
                        .append(" \"").append(request).append("\" \"").append(agent)
                        .append("\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2");
            } else {
                String type = random.nextInt(10) == 0 ? "h2" : "https";
                line.append(type).append(' ').append(time).append(" app/shop/50dc6c495c0c9188 ").append(client)
                        .append(' ').append(target).append(" 0.000 ").append(targetTime).append(" 0.000 ")
                        .append(elbStatus).append(' ').append(targetStatus).append(' ').append(random.nextInt(2000))
                        .append(' ').append(random.nextInt(90_000)).append(" \"").append(request).append("\" \"")
                        .append(agent).append("\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 ")
                        .append("arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/shop/73e2d6bc24d8a067 ")
                        .append("\"Root=1-58337262-36d228ad5d99923122bbe354\" \"shop.example.com\" ")
                        .append("\"arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234\" ")
                        .append(random.nextInt(5)).append(' ').append(time)
                        .append(target.equals("-") ? " \"fixed-response\"" : " \"forward\"")
                        .append(" \"-\" \"").append(reason).append("\" \"").append(target).append("\" \"")
                        .append(targetStatus).append("\" \"-\" \"-\" TID_").append(Long.toHexString(random.nextLong()));
            }
            out.write(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        return truth;
    }
}

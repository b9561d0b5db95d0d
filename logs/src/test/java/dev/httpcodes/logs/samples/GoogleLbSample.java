package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Google Cloud external Application Load Balancer request logs, as Cloud Logging exports them (one entry a line). */
public final class GoogleLbSample implements SampleLog {
    /** Status (null: none), statusDetails, made by the load balancer. */
    private record Outcome(String status, String details, boolean proxy) {
    }

    private static final Outcome[] OUTCOMES = {
        new Outcome("200", "response_sent_by_backend", false), new Outcome("200", "response_sent_by_backend", false),
        new Outcome("200", "response_from_cache", false), new Outcome("304", "response_from_cache_validated", false),
        new Outcome("404", "response_sent_by_backend", false), new Outcome("500", "response_sent_by_backend", false),
        new Outcome("502", "response_sent_by_backend", false),
        new Outcome("502", "failed_to_connect_to_backend", true), new Outcome("503", "failed_to_pick_backend", true),
        new Outcome("504", "backend_timeout", true),
        new Outcome("502", "backend_connection_closed_before_data_sent_to_client", true),
        new Outcome("403", "denied_by_security_policy", true), new Outcome("301", "redirected_by_load_balancer", true),
        new Outcome("429", "throttled_by_security_policy", true),
        new Outcome(null, "client_disconnected_before_any_response", true)};

    @Override
    public String formatId() {
        return "google-lb";
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        SampleValues v = new SampleValues(seed);
        Truth truth = new Truth();
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        for (int i = 0; i < records; i++) {
            Outcome o = v.pick(OUTCOMES);
            String line = entry(v, o, o.status);
            if (v.chance(1)) {
                truth.malformed++;
                line = switch (v.nextInt(4)) {
                    case 0 -> line.substring(0, line.length() / 2);
                    case 1 -> entry(v, o, "99999");
                    case 2 -> entry(v, o, "\"two hundred\"");
                    default -> line.replace("\"latency\":\"", "\"latency\":\"soon");
                };
            } else if (o.status == null) {
                truth.noStatus++;
            } else {
                truth.status(o.status);
                truth.produced(o.status, o.proxy);
            }
            p.print(line);
            p.print('\n');
        }
        p.flush();
        return truth;
    }

    private static String entry(SampleValues v, Outcome o, String status) {
        String host = v.host();
        String agent = v.agent().replace("/", "\\/"); // an escaped solidus, as some exporters write
        String latency = String.format(Locale.ROOT, "%.6fs", v.millis() / 1000.0);
        boolean backend = o.details.startsWith("response_sent") || o.details.startsWith("backend");
        return "{\"insertId\":\"" + v.hex(12) + "\",\"jsonPayload\":{\"@type\":\"type.googleapis.com/google.cloud."
                + "loadbalancing.type.LoadBalancerLogEntry\",\"backendTargetProjectNumber\":\"projects/48213377201\","
                + "\"cacheDecision\":[\"RESPONSE_HAS_CONTENT_TYPE\",\"CACHE_MODE_USE_ORIGIN_HEADERS\"],"
                + "\"remoteIp\":\"" + v.ipv4() + "\",\"statusDetails\":\"" + o.details + "\"},"
                + "\"httpRequest\":{\"requestMethod\":\"" + v.pick(SampleValues.METHODS) + "\",\"requestUrl\":\"https://"
                + host + v.path() + v.query() + "\",\"requestSize\":\"" + (200 + v.nextInt(900)) + "\","
                + (status == null ? "" : "\"status\":" + status + ",") + "\"responseSize\":\"" + v.nextInt(90000)
                + "\",\"userAgent\":\"" + agent + "\",\"remoteIp\":\"" + v.client() + "\","
                + (backend ? "\"serverIp\":\"" + v.backend().split(":")[0] + "\"," : "")
                + "\"latency\":\"" + latency + "\",\"protocol\":\"HTTP/1.1\"},"
                + "\"resource\":{\"type\":\"http_load_balancer\",\"labels\":{\"backend_service_name\":\"web-backend\","
                + "\"forwarding_rule_name\":\"web-https-rule\",\"project_id\":\"shop-prod\",\"target_proxy_name\":"
                + "\"web-https-proxy\",\"url_map_name\":\"web-map\",\"zone\":\"global\"}},\"timestamp\":\""
                + v.tick() + "\",\"severity\":\"" + (o.status != null && o.status.startsWith("5") ? "WARNING" : "INFO")
                + "\",\"logName\":\"projects/shop-prod/logs/requests\",\"trace\":\"projects/shop-prod/traces/"
                + v.hex(32) + "\",\"receiveTimestamp\":\"" + v.tick() + "\",\"spanId\":\"" + v.hex(16) + "\"}";
    }
}

package dev.httpcodes.logs.formats.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.formats.FormatOptions;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogRecord;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each proxy and edge format line by line: fields, the producer decision, and hostile lines refused. */
class EdgeParsersTest {
    private static final String CLOUDFRONT_FIELDS = "#Fields: date time x-edge-location sc-bytes c-ip cs-method "
            + "cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type "
            + "x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher "
            + "x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port "
            + "time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start "
            + "sc-range-end";
    private static final String HAPROXY = "Nov 27 09:39:15 lb1 haproxy[2817]: 203.0.113.9:51234 "
            + "[27/Nov/2026:09:39:15.120] fe-https~ web/app1 0/0/1/%s/%s %s 512 - - %s 3/3/1/1/0 0/0 "
            + "{www.example.com|curl/8.5.0} \"GET /api/v1/orders?id=7 HTTP/1.1\"";
    private static final String ENVOY = "[2026-11-27T09:39:15.120Z] \"GET /api/v1/orders?id=7 HTTP/1.1\" %s %s 0 1432 "
            + "52 51 \"203.0.113.9, 10.1.0.4\" \"curl/8.5.0\" \"0b0a6e4c-5a3f-4c7e-9e55-0e4f3f27b3d1\" "
            + "\"www.example.com\" \"%s\"";

    static LineParser parser(String id) {
        return Formats.byId(id).orElseThrow().parser(FormatOptions.none());
    }

    static LogRecord parse(LineParser p, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogRecord r = new LogRecord();
        r.reset(b);
        return p.parse(b, 0, b.length, r) ? r : null;
    }

    static LineParser cloudFront() {
        LineParser p = parser("cloudfront");
        byte[] d = CLOUDFRONT_FIELDS.getBytes(StandardCharsets.US_ASCII);
        p.directive(d, 0, d.length);
        return p;
    }

    static String cloudFrontLine(String status, String result, String detailed) {
        return String.join("\t", "2026-11-27", "09:39:15", "FRA56-P5", "3245", "203.0.113.9", "GET",
                "d111111abcdef8.cloudfront.net", "/images/hero.webp", status, "-",
                "Mozilla/5.0%20(X11;%20Linux%20x86_64)", "-", "-", result, "bW9ja3JlcXVlc3RpZA==", "www.example.com",
                "https", "412", "0.052", "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", result, "HTTP/2.0", "-", "-",
                "51234", "0.050", detailed, "image/webp", "3100", "-", "-");
    }

    @Test
    void cloudFrontFieldsAndLatency() {
        LogRecord r = parse(cloudFront(), cloudFrontLine("502", "Error", "OriginConnectError"));
        assertThat(r.status).isEqualTo(502);
        assertThat(r.producer).isEqualTo(LogRecord.PRODUCER_PROXY);
        assertThat(r.reason()).isEqualTo("OriginConnectError");
        assertThat(r.latencyMicros).isEqualTo(52_000);
        assertThat(r.agent()).isEqualTo("Mozilla/5.0 (X11; Linux x86_64)");
        assertThat(r.host()).isEqualTo("www.example.com");
        assertThat(r.path()).isEqualTo("/images/hero.webp");
        assertThat(r.client()).isEqualTo("203.0.113.9");
        assertThat(r.bytes).isEqualTo(3245);
        assertThat(r.epochSecond).isEqualTo(OffsetDateTime.parse("2026-11-27T09:39:15Z").toEpochSecond());
    }

    @ParameterizedTest
    @CsvSource({"200,Hit,Hit,2", "200,RefreshHit,RefreshHit,2", "200,Miss,Miss,2", "404,Error,Error,2",
        "503,LimitExceeded,LimitExceeded,1", "504,Error,OriginReadError,1", "502,Error,OriginDnsError,1",
        "403,Error,ClientGeoBlocked,1", "301,Redirect,Redirect,1", "000,Error,ClientCommError,0"})
    void cloudFrontProducerFromTheDetailedResultType(String status, String result, String detailed, byte producer) {
        LogRecord r = parse(cloudFront(), cloudFrontLine(status, result, detailed));
        assertThat(r.producer).isEqualTo(producer);
        assertThat(r.status == LogRecord.NO_STATUS).isEqualTo(status.equals("000"));
    }

    @Test
    void cloudFrontHostileLines() {
        LineParser p = cloudFront();
        assertThat(parse(p, cloudFrontLine("99999", "Miss", "Miss"))).isNull();
        assertThat(parse(p, cloudFrontLine("2x0", "Miss", "Miss"))).isNull();
        assertThat(parse(p, cloudFrontLine("042", "Miss", "Miss"))).isNull();
        String line = cloudFrontLine("200", "Hit", "Hit");
        assertThat(parse(p, line.substring(0, line.length() / 2))).isNull();
        assertThat(parse(p, line + "\textra")).isNull();
        assertThat(parse(p, line.replace("0.052", "fast"))).isNull();
        assertThat(parse(p, line.replace("2026-11-27", "2026-13-27"))).isNull();
        assertThat(parse(parser("cloudfront"), line)).as("no #Fields: yet").isNull();
        LogRecord huge = parse(p, line.replace("/images/hero.webp", "/" + "a".repeat(60_000)));
        assertThat(huge.path()).hasSize(60_001);
    }

    @ParameterizedTest
    @CsvSource({"----,20,21,200,2", "--NI,20,21,304,2", "CD--,20,5000,200,2", "SD--,20,400,200,2",
        "sH--,-1,30001,504,1", "SH--,-1,12,502,1", "SC--,-1,3,503,1", "PR--,-1,0,403,1", "cR--,-1,5000,408,1",
        "CH--,-1,900,-1,0"})
    void haproxyProducerFromTheTerminationState(String state, String tr, String ta, String status, byte producer) {
        LogRecord r = parse(parser("haproxy"), HAPROXY.formatted(tr, ta, status, state));
        assertThat(r.producer).isEqualTo(producer);
        assertThat(r.status).isEqualTo(status.equals("-1") ? LogRecord.NO_STATUS : Integer.parseInt(status));
        assertThat(r.reason()).isEqualTo(state);
        assertThat(r.latencyMicros).isEqualTo(Long.parseLong(ta) * 1000);
        assertThat(r.path()).isEqualTo("/api/v1/orders");
        assertThat(r.client()).isEqualTo("203.0.113.9");
        assertThat(r.upstream()).isEqualTo("web/app1");
        assertThat(r.epochSecond).isEqualTo(OffsetDateTime.parse("2026-11-27T09:39:15Z").toEpochSecond());
    }

    @Test
    void haproxyWithoutPrefixTcplogNoServerAndAbsoluteUris() {
        LineParser p = parser("haproxy");
        LogRecord raw = parse(p, "[2001:db8::7]:51234 [27/Nov/2026:09:39:15.120] fe-https~ web/<NOSRV> 0/-1/-1/-1/0 "
                + "503 217 - - SC-- 1/1/0/0/0 0/0 \"GET https://www.example.com/cart?x=1 HTTP/2.0\"");
        assertThat(raw.producer).isEqualTo(LogRecord.PRODUCER_PROXY);
        assertThat(raw.client()).isEqualTo("[2001:db8::7]");
        assertThat(raw.host()).isEqualTo("www.example.com");
        assertThat(raw.path()).isEqualTo("/cart");
        assertThat(raw.upstream()).isEqualTo("-");
        LogRecord tcp = parse(p, "<134>Nov 27 09:39:15 haproxy[1]: 10.0.0.9:40000 [27/Nov/2026:09:39:15.120] "
                + "fe-mysql db/mysql-1 0/1/5007 212 -- 7/1/1/1/0 0/0");
        assertThat(tcp.status).isEqualTo(LogRecord.NO_STATUS);
        assertThat(tcp.latencyMicros).isEqualTo(5_007_000);
        LogRecord badreq = parse(p, "10.0.0.9:40000 [27/Nov/2026:09:39:15.120] fe-https~ fe-https~/<NOSRV> "
                + "-1/-1/-1/-1/0 400 187 - - CR-- 1/1/0/0/0 0/0 \"<BADREQ>\"");
        assertThat(badreq.status).isEqualTo(400);
        assertThat(badreq.path()).isEqualTo("-");
        LogRecord cut = parse(p, "10.0.0.9:40000 [27/Nov/2026:09:39:15.120] fe web/app1 0/0/1/2/3 200 9 - - ---- "
                + "1/1/0/0/0 0/0 \"GET /very/long/path/that/haproxy/cut");
        assertThat(cut.path()).isEqualTo("/very/long/path/that/haproxy/cut");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Nov 27 09:39:15 lb1 haproxy[2817]: Proxy fe-https started.",
        "203.0.113.9:51234 [27/Nov/2026:09:39:15.120] fe web/app1 0/0/1/20/21 99999 512 - - ---- 3/3/1/1/0 0/0 \"GET / HTTP/1.1\"",
        "203.0.113.9:51234 [27/Nov/2026:09:39:15.120] fe web/app1 0/0/1/20/21 042 512 - - ---- 3/3/1/1/0 0/0 \"GET / HTTP/1.1\"",
        "203.0.113.9:51234 [27/Nov/2026:09:39:15.120] fe web/app1 0/0/1/20 200 512 - - ---- 3/3/1/1/0 0/0 \"GET / HTTP/1.1\"",
        "203.0.113.9:51234 [27/Nov/2026:09:39:15.120] fe web/app1 0/0/1/20/21 200 5x2 - - ---- 3/3/1/1/0 0/0 \"GET / HTTP/1.1\"",
        "203.0.113.9:51234 [32/Nov/2026:09:39:15.120] fe web/app1 0/0/1/20/21 200 512 - - ---- 3/3/1/1/0 0/0 \"GET / HTTP/1.1\"",
        "203.0.113.9:51234 [27/Nov/2026:09:39:15.120] fe web/app1 0/0/1/20/99999999999 200 512 - - ---- 3/3/1/1/0 0/0 \"GET /\"",
        "203.0.113.9:51234 [27/Nov/2026:09:39:15.120] fe web/app1 0/0/1/20/21 200 512",
        "203.0.113.9 [27/Nov/2026:09:39:15.120] fe web/app1 0/0/1/20/21 200 512 - - ---- 3/3/1/1/0 0/0 \"GET / HTTP/1.1\""})
    void haproxyHostileLines(String line) {
        assertThat(parse(parser("haproxy"), line)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"200,-,10.0.1.12:8080,2", "503,-,10.0.1.12:8080,2", "503,UF,10.0.1.12:8080,1",
        "503,'URX,UF',10.0.1.12:8080,1", "503,UH,-,1", "504,UT,10.0.1.12:8080,1", "404,NR,-,1", "429,RL,-,1",
        "200,DC,10.0.1.12:8080,2", "301,-,-,1", "0,DC,10.0.1.12:8080,0"})
    void envoyProducerFromTheResponseFlags(String status, String flags, String upstream, byte producer) {
        LogRecord r = parse(parser("envoy"), ENVOY.formatted(status, flags, upstream));
        assertThat(r.producer).isEqualTo(producer);
        assertThat(r.status).isEqualTo(Integer.parseInt(status));
        assertThat(r.reason()).isEqualTo(flags);
        assertThat(r.latencyMicros).isEqualTo(52_000);
        assertThat(r.client()).isEqualTo("203.0.113.9");
        assertThat(r.host()).isEqualTo("www.example.com");
        assertThat(r.path()).isEqualTo("/api/v1/orders");
        assertThat(r.upstream()).isEqualTo(upstream);
        assertThat(r.bytes).isEqualTo(1432);
    }

    @Test
    void envoyIstioLayout() {
        LogRecord r = parse(parser("envoy"), "[2026-11-27T09:39:15.120Z] \"GET /status/418 HTTP/1.1\" 503 UF "
                + "upstream_reset_before_response_started{connection_failure} - \"delayed_connect_error:_111\" 0 91 "
                + "3 - \"-\" \"curl/8.5.0\" \"84961386-6d84-929d-98bd-c5aee93b5c88\" \"httpbin:8000\" "
                + "\"10.44.1.27:80\" outbound|8000||httpbin.foo.svc.cluster.local - 10.0.0.1:8000 10.44.1.23:37652 - "
                + "default");
        assertThat(r.status).isEqualTo(503);
        assertThat(r.producer).isEqualTo(LogRecord.PRODUCER_PROXY);
        assertThat(r.upstream()).isEqualTo("10.44.1.27:80");
        assertThat(r.latencyMicros).isEqualTo(3000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[2026-11-27 09:39:15.123][1][warning][config] gRPC config stream closed",
        "[2026-11-27T09:39:15.120Z] \"GET / HTTP/1.1\" 99999 - 0 12 3 2 \"-\" \"-\" \"-\" \"-\" \"-\"",
        "[2026-11-27T09:39:15.120Z] \"GET / HTTP/1.1\" 42 - 0 12 3 2 \"-\" \"-\" \"-\" \"-\" \"-\"",
        "[2026-11-27T09:39:15.120Z] \"GET / HTTP/1.1\" 200 - 0 12 3 2 \"-\" \"-\" \"-\" \"-\"",
        "[2026-11-27T09:39:15.120Z] \"GET / HTTP/1.1\" 200 - 0 1x2 3 2 \"-\" \"-\" \"-\" \"-\" \"-\"",
        "[2026-02-30T09:39:15.120Z] \"GET / HTTP/1.1\" 200 - 0 12 3 2 \"-\" \"-\" \"-\" \"-\" \"-\"",
        "[2026-11-27T09:39:15.120Z] \"GET / HTTP/1.1\" 200 - 0 12 3 2 \"-\" \"-\" \"-\" \"-\" \"-"})
    void envoyHostileLines(String line) {
        assertThat(parse(parser("envoy"), line)).isNull();
    }

    static String google(String status, String details, String latency) {
        return "{\"insertId\":\"1x2y3z\",\"jsonPayload\":{\"@type\":\"type.googleapis.com/google.cloud.loadbalancing."
                + "type.LoadBalancerLogEntry\",\"cacheDecision\":[\"RESPONSE_HAS_CONTENT_TYPE\"],\"statusDetails\":"
                + details + "},\"httpRequest\":{\"requestMethod\":\"GET\",\"requestUrl\":"
                + "\"https://www.example.com/api/v1/orders?id=7\",\"status\":" + status + ",\"responseSize\":\"512\","
                + "\"userAgent\":\"curl\\/8.5.0 \\u00e9\",\"remoteIp\":\"203.0.113.9\",\"serverIp\":\"10.0.1.12\","
                + "\"latency\":" + latency + "},\"resource\":{\"type\":\"http_load_balancer\",\"labels\":{\"zone\":"
                + "\"global\"}},\"timestamp\":\"2026-11-27T09:39:15.120456Z\",\"severity\":\"INFO\"}";
    }

    @ParameterizedTest
    @CsvSource({"200,response_sent_by_backend,2", "502,response_sent_by_backend,2", "200,response_from_cache,2",
        "502,failed_to_connect_to_backend,1", "504,backend_timeout,1", "403,denied_by_security_policy,1",
        "503,failed_to_pick_backend,1", "null,client_disconnected_before_any_response,0"})
    void googleProducerFromStatusDetails(String status, String details, byte producer) {
        LogRecord r = parse(parser("google-lb"), google(status, "\"" + details + "\"", "\"0.052300s\""));
        assertThat(r.producer).isEqualTo(producer);
        assertThat(r.status).isEqualTo(status.equals("null") ? LogRecord.NO_STATUS : Integer.parseInt(status));
        assertThat(r.reason()).isEqualTo(details);
        assertThat(r.latencyMicros).isEqualTo(52_300);
        assertThat(r.agent()).isEqualTo("curl/8.5.0 é");
        assertThat(r.host()).isEqualTo("www.example.com");
        assertThat(r.path()).isEqualTo("/api/v1/orders");
        assertThat(r.upstream()).isEqualTo("10.0.1.12");
        assertThat(r.bytes).isEqualTo(512);
        assertThat(r.epochSecond).isEqualTo(OffsetDateTime.parse("2026-11-27T09:39:15Z").toEpochSecond());
    }

    @Test
    void googleHostileLines() {
        LineParser p = parser("google-lb");
        String good = google("200", "\"response_sent_by_backend\"", "\"0.05s\"");
        assertThat(parse(p, good)).isNotNull();
        assertThat(parse(p, google("99999", "\"response_sent_by_backend\"", "\"0.05s\""))).isNull();
        assertThat(parse(p, google("\"OK\"", "\"response_sent_by_backend\"", "\"0.05s\""))).isNull();
        assertThat(parse(p, google("200.5", "\"response_sent_by_backend\"", "\"0.05s\""))).isNull();
        assertThat(parse(p, google("[200]", "\"response_sent_by_backend\"", "\"0.05s\""))).isNull();
        assertThat(parse(p, google("200", "42", "\"0.05s\""))).as("statusDetails not a string").isNull();
        assertThat(parse(p, google("200", "\"response_sent_by_backend\"", "0.05"))).as("latency a number").isNull();
        assertThat(parse(p, google("200", "\"response_sent_by_backend\"", "\"soon\""))).isNull();
        assertThat(parse(p, good.substring(0, good.length() - 1))).as("cut short").isNull();
        assertThat(parse(p, good + "}")).as("trailing bytes").isNull();
        assertThat(parse(p, good.replace("\"INFO\"", "\"IN\\qFO\""))).as("bad escape").isNull();
        assertThat(parse(p, "[" + "[".repeat(100) + "]".repeat(100) + "]")).isNull();
        assertThat(parse(p, good.replace("\"severity\":\"INFO\"", "\"deep\":" + "{\"a\":".repeat(40) + "1"
                + "}".repeat(40)))).as("nested past the depth limit").isNull();
        LogRecord huge = parse(p, good.replace("/api/v1/orders", "/" + "x".repeat(100_000)));
        assertThat(huge.path()).hasSize(100_001);
    }

    static String frontDoor(boolean envelope, String status, String error, String cache, String origin) {
        String props = "\"trackingReference\":\"0TcoqZwAAAAA\",\"httpMethod\":\"GET\",\"requestUri\":"
                + "\"https://www.example.com:443/api/v1/orders?id=7\",\"hostName\":\"www.example.com\","
                + "\"responseBytes\":\"512\",\"userAgent\":\"curl/8.5.0\",\"clientIp\":\"203.0.113.9\","
                + "\"timeTaken\":\"0.052\",\"httpStatusCode\":" + status + ",\"cacheStatus\":\"" + cache + "\","
                + "\"errorInfo\":\"" + error + "\",\"originIp\":\"" + origin + "\",\"rulesEngineMatchNames\":[]";
        return envelope ? "{\"time\":\"2026-11-27T09:39:15.1204560Z\",\"category\":\"FrontDoorAccessLog\","
                + "\"properties\":{" + props + "}}" : "{\"TimeGenerated\":\"2026-11-27T09:39:15Z\"," + props + "}";
    }

    @ParameterizedTest
    @CsvSource({"\"200\",NoError,MISS,10.0.1.12:443,2", "\"200\",NoError,HIT,N/A,2", "\"404\",NoError,MISS,10.0.1.12:443,2",
        "\"502\",OriginConnectionError,MISS,N/A,1", "\"504\",OriginTimeout,MISS,10.0.1.12:443,1",
        "\"403\",NoError,N/A,N/A,1", "\"0\",ClientDisconnected,MISS,N/A,0", "503,NoError,MISS,10.0.1.12:443,2"})
    void frontDoorProducerFromErrorInfoInBothShapes(String status, String error, String cache, String origin,
            byte producer) {
        for (boolean envelope : new boolean[] {true, false}) {
            LogRecord r = parse(parser("frontdoor"), frontDoor(envelope, status, error, cache, origin));
            assertThat(r.producer).isEqualTo(producer);
            assertThat(r.reason()).isEqualTo(error);
            assertThat(r.latencyMicros).isEqualTo(52_000);
            assertThat(r.host()).isEqualTo("www.example.com");
            assertThat(r.path()).isEqualTo("/api/v1/orders");
            assertThat(r.client()).isEqualTo("203.0.113.9");
            assertThat(r.epochSecond).isEqualTo(OffsetDateTime.parse("2026-11-27T09:39:15Z").toEpochSecond());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"99999\"", "\"two hundred\"", "true", "{}", "-200", "\"42\""})
    void frontDoorHostileStatuses(String status) {
        assertThat(parse(parser("frontdoor"), frontDoor(true, status, "NoError", "MISS", "N/A"))).isNull();
        assertThat(parse(parser("frontdoor"), "{\"time\":\"2026-11-27T09:39:15Z\",\"properties\":")).isNull();
    }

    static String cloudflare(String edge, String origin, String cache, String time) {
        return "{\"CacheCacheStatus\":\"" + cache + "\",\"ClientIP\":\"203.0.113.9\",\"ClientRequestHost\":"
                + "\"www.example.com\",\"ClientRequestPath\":\"/api/v1/orders\",\"ClientRequestURI\":"
                + "\"/api/v1/orders?id=7\",\"ClientRequestUserAgent\":\"curl/8.5.0\",\"EdgeResponseBytes\":512,"
                + "\"EdgeResponseStatus\":" + edge + ",\"EdgeStartTimestamp\":" + time + ",\"EdgeTimeToFirstByteMs\":52,"
                + "\"OriginIP\":\"198.51.100.4\",\"OriginResponseDurationMs\":40,\"OriginResponseStatus\":" + origin + "}";
    }

    @ParameterizedTest
    @CsvSource({"200,200,miss,2,200", "200,0,hit,2,-1", "304,0,revalidated,2,-1", "502,502,dynamic,2,502",
        "520,502,dynamic,1,502", "521,0,dynamic,1,-1", "522,0,dynamic,1,-1", "403,0,unknown,1,-1",
        "0,0,unknown,0,-1"})
    void cloudflareProducerFromTheOriginStatus(String edge, String origin, String cache, byte producer,
            int upstreamStatus) {
        LogRecord r = parse(parser("cloudflare"), cloudflare(edge, origin, cache, "\"2026-11-27T09:39:15Z\""));
        assertThat(r.producer).isEqualTo(producer);
        assertThat(r.upstreamStatus).isEqualTo(upstreamStatus);
        assertThat(r.latencyMicros).isEqualTo(52_000);
        assertThat(r.path()).isEqualTo("/api/v1/orders");
    }

    @Test
    void cloudflareMakesExactlyTheCodesItsEntriesDefine() {
        // The same origin answer (a 502) under every edge status: the edge made the response exactly when the
        // knowledge base gives the number a Cloudflare meaning (its 52x, 530, its logs' 499), and no other time.
        Set<Integer> own = new TreeSet<>();
        for (Entry e : Registry.standard().entries()) {
            if (e.vendor().map(v -> v.id().equals("cloudflare")).orElse(false)) {
                own.add(e.code().code());
            }
        }
        assertThat(own).as("Cloudflare's codes in the knowledge base").hasSizeGreaterThan(3);
        Set<Integer> madeByTheEdge = new TreeSet<>();
        for (int edge = 100; edge <= 599; edge++) {
            LogRecord r = parse(parser("cloudflare"), cloudflare(Integer.toString(edge), "502", "dynamic",
                    "\"2026-11-27T09:39:15Z\""));
            assertThat(r.upstreamStatus).as("origin status beside edge %d", edge).isEqualTo(502);
            if (r.producer == LogRecord.PRODUCER_PROXY) {
                madeByTheEdge.add(edge);
            } else {
                assertThat(r.producer).as("producer of edge %d", edge).isEqualTo(LogRecord.PRODUCER_UPSTREAM);
            }
        }
        assertThat(madeByTheEdge).isEqualTo(own);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-11-27T09:39:15Z\"", "1795772355", "1795772355120", "1795772355120456",
        "1795772355120456789", "\"1795772355\""})
    void cloudflareTimestampsInEveryFormat(String time) {
        LogRecord r = parse(parser("cloudflare"), cloudflare("200", "200", "miss", time));
        assertThat(r.epochSecond).isEqualTo(time.startsWith("\"2026") ? OffsetDateTime.parse("2026-11-27T09:39:15Z")
                .toEpochSecond() : 1_795_772_355L);
    }

    @Test
    void cloudflareHostileLines() {
        LineParser p = parser("cloudflare");
        assertThat(parse(p, cloudflare("99999", "0", "miss", "1795772355"))).isNull();
        assertThat(parse(p, cloudflare("\"abc\"", "0", "miss", "1795772355"))).isNull();
        assertThat(parse(p, cloudflare("200", "70000", "miss", "1795772355"))).isNull();
        assertThat(parse(p, cloudflare("200", "200", "miss", "\"yesterday\""))).isNull();
        assertThat(parse(p, cloudflare("200", "200", "miss", "17957723551204567890"))).isNull();
        assertThat(parse(p, cloudflare("200", "200", "miss", "-1795772355"))).isNull();
        assertThat(parse(p, cloudflare("200", "200", "miss", "1795772355").substring(0, 80))).isNull();
        assertThat(parse(p, "{\"EdgeResponseStatus\":200")).isNull();
    }

    /** Parsing allocates nothing per line once warm (per-thread allocation counter, where the JVM has one). */
    @Test
    void parsingAllocatesNothingPerLine() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx)
                || !mx.isThreadAllocatedMemorySupported()) {
            return;
        }
        mx.setThreadAllocatedMemoryEnabled(true);
        String[][] cases = {
            {"haproxy", HAPROXY.formatted("20", "21", "200", "----")},
            {"envoy", ENVOY.formatted("503", "UF", "10.0.1.12:8080")},
            {"google-lb", google("502", "\"failed_to_connect_to_backend\"", "\"0.05s\"")},
            {"frontdoor", frontDoor(true, "\"502\"", "OriginTimeout", "MISS", "N/A")},
            {"cloudflare", cloudflare("520", "502", "dynamic", "1795772355120456789")}};
        for (String[] c : cases) {
            LineParser p = parser(c[0]);
            byte[] b = c[1].getBytes(StandardCharsets.UTF_8);
            LogRecord r = new LogRecord();
            for (int i = 0; i < 20_000; i++) {
                r.reset(b);
                p.parse(b, 0, b.length, r);
            }
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 100_000; i++) {
                r.reset(b);
                p.parse(b, 0, b.length, r);
            }
            long perLine = (mx.getCurrentThreadAllocatedBytes() - before) / 100_000;
            assertThat(perLine).as(c[0]).isZero();
        }
    }
}

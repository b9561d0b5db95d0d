package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Registry;
import dev.httpcodes.server.endpoints.ImpliedHeaders;
import dev.httpcodes.server.httpbin.timing.TimingOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * go-httpbin's /status, /redirect, /delay, /drip and /sse over the wire, against a server configured as go-httpbin's
 * own suite configures its app: a maximum duration of 1 s, short drip and SSE defaults, and allowed redirect hosts.
 */
class HttpbinTimingTest {
    private static final Registry REGISTRY = Registry.standard();
    private static HttpcodesServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        TimingOptions timing = TimingOptions.defaults().withMaxDuration(Duration.ofSeconds(1))
                .withDrip(TimingOptions.DripDefaults.parse("duration=100ms,delay=0,numbytes=10"))
                .withSse(TimingOptions.SseDefaults.parse("count=10,duration=100ms,delay=0"));
        server = HttpcodesServer.start(ServerConfig.ephemeral().withTiming(timing)
                .withRedirectDomains(Set.of("example.org", "www.example.com")));
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static void assertJsonError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = Client.json(r);
        assertThat(body.get("status_code").asInt()).isEqualTo(status);
        assertThat(body.get("error").asString()).isEqualTo(REGISTRY.reasonPhrase(status));
        assertThat(body.get("detail").asString()).isNotBlank();
    }

    // ---- /status

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 400, 404, 500, 503, 567, 599})
    void statusAnswersTheCodeWithNoBody(int code) {
        HttpResponse<String> r = client.get("/status/" + code);
        assertThat(r.statusCode()).isEqualTo(code);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }

    @Test
    void statusServesEveryMethod() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(client.send(method, "/status/202").statusCode()).as(method).isEqualTo(202);
        }
    }

    @Test
    void redirectCodesPointAtARedirectChain() {
        for (int code : new int[] {301, 302, 303, 305, 307}) {
            HttpResponse<String> r = client.get("/status/" + code);
            assertThat(r.statusCode()).isEqualTo(code);
            assertThat(r.headers().firstValue("Location")).as("%d", code).hasValue("/redirect/1");
            assertThat(r.body()).isEmpty();
        }
    }

    @Test
    void multipleChoicesListsTheImageFormatsAndPermanentRedirectLinksOne() {
        HttpResponse<String> choices = client.get("/status/300");
        assertThat(choices.headers().firstValue("Location")).hasValue("/image/jpeg");
        assertThat(choices.body()).contains("<title>" + REGISTRY.reasonPhrase(300) + "</title>",
                "<li><a href=\"/image/jpeg\">/image/jpeg</a></li>", "<li><a href=\"/image/png\">/image/png</a></li>",
                "<li><a href=\"/image/svg\">/image/svg</a></li>");
        HttpResponse<String> permanent = client.get("/status/308");
        assertThat(permanent.headers().firstValue("Location")).hasValue("/image/jpeg");
        assertThat(permanent.body()).contains("<a href=\"/image/jpeg\">");
    }

    @Test
    void challengesTeapotAndNotAcceptableCarryTheirExtras() {
        assertThat(client.get("/status/401").headers().firstValue("WWW-Authenticate"))
                .hasValue("Basic realm=\"Fake Realm\"");
        assertThat(client.get("/status/407").headers().firstValue("Proxy-Authenticate"))
                .hasValue("Basic realm=\"Fake Realm\"");
        HttpResponse<String> teapot = client.get("/status/418");
        assertThat(teapot.body()).isEqualTo(teapotName() + "!");
        HttpResponse<String> notAcceptable = client.get("/status/406");
        assertThat(notAcceptable.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(Client.json(notAcceptable).get("accept").toString()).contains("image/webp", "image/png");
    }

    @ParameterizedTest
    @ValueSource(ints = {405, 416, 426, 503})
    void fieldsGoHttpbinLeavesOutComeFromTheCodesSemantics(int code) {
        HttpResponse<String> r = client.get("/status/" + code);
        assertThat(r.statusCode()).isEqualTo(code);
        var implied = REGISTRY.describe(code).semantics().orElseThrow().headers().stream()
                .filter(h -> !h.request() && !h.requirement().isForbidden())
                .map(h -> h.name()).filter(ImpliedHeaders.filledFields()::contains).toList();
        assertThat(implied).as("the knowledge base names a field for %d", code).isNotEmpty();
        for (String field : implied) {
            assertThat(r.headers().firstValue(field)).as("%d %s", code, field).isPresent();
        }
        assertThat(r.body()).isEmpty();
    }

    @Test
    void partialContentCarriesThePartItsContentRangeNames() {
        HttpResponse<String> r = client.get("/status/206");
        String whole = "206 " + REGISTRY.reasonPhrase(206);
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.body()).isNotEmpty();
        assertThat(whole).startsWith(r.body());
        assertThat(r.headers().firstValue("Content-Range"))
                .hasValue("bytes 0-" + (r.body().length() - 1) + "/" + whole.length());
    }

    @Test
    void anIisSubStatusIsAnExtensionAnsweredAsTheCodePaths() {
        HttpResponse<String> dot = client.get("/status/403.14");
        assertThat(dot.statusCode()).isEqualTo(403);
        assertThat(dot.headers().firstValue("X-Substatus")).hasValue("14");
        assertThat(dot.body()).contains("403.14");
        HttpResponse<String> dash = client.get("/status/500-11");
        assertThat(dash.statusCode()).isEqualTo(500);
        assertThat(dash.headers().firstValue("X-Substatus")).hasValue("11");
    }

    @Test
    void headOfAStatusWithABodyGivesItsLengthOnly() throws IOException {
        String text = exchange("HEAD /status/418 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(text).startsWith("HTTP/1.1 418 ").containsIgnoringCase("content-length: "
                + (teapotName() + "!").length()).endsWith("\r\n\r\n");
    }

    @Test
    void statusContinueGoesOutAsAnInterimResponse() throws IOException {
        String text = RawHttp.get(server.port(), "/status/100").text();
        assertThat(text).startsWith("HTTP/1.1 100 Continue\r\n").contains("HTTP/1.1 200 OK");
    }

    @Test
    void aWeightedListDrawsOnlyChoicesWithWeight() {
        for (int i = 0; i < 20; i++) {
            assertThat(client.get("/status/200:0,503:1,404:0").statusCode()).isEqualTo(503);
        }
        assertThat(client.get("/status/200:0.7,429:0.2,503:0.1").statusCode()).isIn(200, 429, 503);
        assertThat(client.get("/status/201,201").statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/status/", "/status/600", "/status/99", "/status/1024", "/status/3.14", "/status/foo",
        "/status/-1", "/status/200:foo,500:1", "/status/200:1,foo:1", "/status/200:0,500:0", "/status/200:-1,500:1",
        "/status/200,600", "/status/200:,500"})
    void badStatusRequestsGetGoHttpbinErrors(String path) {
        assertJsonError(client.get(path), 400);
    }

    @Test
    void extraPathSegmentsAreNotFound() {
        for (String path : new String[] {"/status/200/foo", "/delay/1/foo", "/redirect/10/foo", "/range/1/foo",
            "/status", "/delay", "/redirect", "/range", "/relative-redirect", "/absolute-redirect"}) {
            HttpResponse<String> r = client.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("application/json; charset=utf-8");
        }
    }

    // ---- /redirect

    @Test
    void redirectChainsEndAtGet() {
        assertThat(location("/redirect/1")).isEqualTo("/get");
        assertThat(location("/redirect/2")).isEqualTo("/relative-redirect/1");
        assertThat(location("/redirect/100")).isEqualTo("/relative-redirect/99");
        assertThat(location("/redirect/100?absolute=yes")).isEqualTo("/relative-redirect/99");
        assertThat(location("/relative-redirect/1")).isEqualTo("/get");
    }

    @Test
    void absoluteRedirectsNameTheRequestsHostAndScheme() throws IOException {
        assertThat(rawLocation("/redirect/1?absolute=true", "Host: host")).isEqualTo("http://host/get");
        assertThat(rawLocation("/redirect/2?absolute=TRUE", "Host: host")).isEqualTo("http://host/absolute-redirect/1");
        assertThat(rawLocation("/absolute-redirect/3", "Host: host", "X-Forwarded-Proto: https"))
                .isEqualTo("https://host/absolute-redirect/2");
        assertThat(rawLocation("/absolute-redirect/1", "Host: host", "X-Forwarded-Proto: javascript"))
                .isEqualTo("http://host/get");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/redirect/", "/redirect/-1", "/redirect/0", "/redirect/3.14", "/redirect/foo",
        "/relative-redirect/", "/absolute-redirect/foo", "/redirect/101"})
    void badRedirectCountsAreRefused(String path) {
        assertJsonError(client.get(path), 400);
    }

    @Test
    void redirectToLeavesOnlyForAllowedHosts() {
        assertThat(client.get("/redirect-to?url=http://example.org/x").statusCode()).isEqualTo(302);
        assertThat(client.get("/redirect-to?url=https://www.example.com/").headers().firstValue("Location"))
                .hasValue("https://www.example.com/");
        assertThat(client.get("/redirect-to?url=//example.org/x").statusCode()).isEqualTo(302);
        for (String url : new String[] {"https://foo.example.org/", "https://evil.example/", "//evil.example"}) {
            HttpResponse<String> r = client.get("/redirect-to?url=" + java.net.URLEncoder.encode(url,
                    StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(url).isEqualTo(403);
            assertThat(r.headers().firstValue("Location")).isEmpty();
        }
        assertJsonError(client.get("/redirect-to?url=http%3A%2F%2Ffoo%25%25bar"), 400);
    }

    // ---- /delay

    @ParameterizedTest
    @ValueSource(strings = {"0", "0ms", "50ms", "0.05", "1"})
    void delayAnswersTheRequestEcho(String d) {
        HttpResponse<String> r = client.get("/delay/" + d + "?a=1");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = Client.json(r);
        assertThat(body.get("args").get("a").get(0).asString()).isEqualTo("1");
        assertThat(body.get("url").asString()).endsWith("/delay/" + d + "?a=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/delay/", "/delay/foo", "/delay/1.5s", "/delay/1.5", "/delay/-1ms", "/delay/-1",
        "/delay/-3.14", "/delay/1m"})
    void badDelaysAreRefused(String path) {
        assertJsonError(client.get(path), 400);
    }

    // ---- /drip

    @Test
    void dripSendsItsBytesWithAContentLengthAndNoChunks() throws IOException {
        String text = RawHttp.get(server.port(), "/drip?duration=0&numbytes=5&code=201").text();
        assertThat(text).startsWith("HTTP/1.1 201 ").containsIgnoringCase("content-length: 5\r\n")
                .containsIgnoringCase("content-type: application/octet-stream").endsWith("\r\n\r\n*****");
        assertThat(text.toLowerCase(java.util.Locale.ROOT)).doesNotContain("transfer-encoding");
    }

    @Test
    void dripAndRangeAreNeverCompressedSoTheirLengthHolds() throws IOException {
        for (String path : new String[] {"/drip?duration=0&numbytes=2000", "/range/2000"}) {
            String text = RawHttp.get(server.port(), path, "Accept-Encoding: gzip").text();
            assertThat(text).as(path).containsIgnoringCase("content-length: 2000\r\n");
            assertThat(text.toLowerCase(java.util.Locale.ROOT)).as(path).doesNotContain("content-encoding");
        }
    }

    @Test
    void dripUsesTheServersDefaults() {
        HttpResponse<String> r = client.get("/drip");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("*".repeat(10));
    }

    @Test
    void dripSpreadsBytesOverTheDurationOneWriteAtATime() throws IOException {
        // Three bytes 100 ms apart cannot share one read: each arrives on its own.
        RawHttp.Received r = RawHttp.get(server.port(), "/drip?duration=200ms&numbytes=3");
        assertThat(r.text()).endsWith("\r\n\r\n***");
        assertThat(r.readTimes()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aLargeDripArrivesWhole() {
        HttpResponse<String> r = client.get("/drip?duration=0.5&numbytes=1048576");
        assertThat(r.body()).hasSize(1024 * 1024).matches("\\*+");
    }

    @Test
    void headOfADripHasTheLengthAndNoBody() throws IOException {
        String text = exchange("HEAD /drip?duration=900ms&delay=100ms HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(text).startsWith("HTTP/1.1 200 ").containsIgnoringCase("content-length: 10\r\n")
                .endsWith("\r\n\r\n");
    }

    @Test
    void dripWithContinueSendsTheInterimResponseFirst() throws IOException {
        String text = RawHttp.get(server.port(), "/drip?code=100&numbytes=3&duration=0").text();
        assertThat(text).startsWith("HTTP/1.1 100 Continue\r\n").contains("HTTP/1.1 200 OK").endsWith("***");
    }

    @ParameterizedTest
    @ValueSource(strings = {"duration=1m", "duration=-1ms", "duration=1001", "duration=-1", "duration=foo",
        "delay=1m", "delay=-1ms", "delay=foo", "numbytes=foo", "numbytes=0", "numbytes=-1", "numbytes=0xff",
        "numbytes=1048577", "code=foo", "code=-1", "code=25", "code=600", "duration=750ms&delay=500ms"})
    void badDripsAreRefused(String query) {
        assertJsonError(client.get("/drip?" + query), 400);
    }

    @Test
    void aDripWhoseClientLeavesStopsAndFreesItsSlot() throws IOException {
        // This server has one slow slot: a second drip while the first runs is refused, and once the first
        // client hangs up, its slot comes back.
        HttpcodesServer one = HttpcodesServer.start(ServerConfig.ephemeral().withTiming(TimingOptions.defaults())
                .withCapacity(ServerConfig.Capacity.defaults().withMaxSlowResponses(1)));
        try {
            Client local = new Client(one.port());
            try (Socket socket = new Socket("127.0.0.1", one.port())) {
                socket.setSoTimeout(15_000);
                OutputStream out = socket.getOutputStream();
                out.write("GET /drip?duration=9s&numbytes=10&delay=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readThrough(socket.getInputStream(), "\r\n\r\n*");
                assertThat(head).startsWith("HTTP/1.1 200 ");
                HttpResponse<String> refused = local.get("/drip?duration=0&delay=0");
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            }
            // The close reaches the server asynchronously: ask again, for at most 15 s, until the slot is back.
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                status = local.get("/drip?duration=0&delay=0").statusCode();
                if (status != 200) {
                    java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
                }
            }
            assertThat(status).isEqualTo(200);
        } finally {
            one.stop();
        }
    }

    // ---- /sse

    @Test
    void sseSendsNumberedPingEvents() {
        HttpResponse<String> r = client.get("/sse?count=3&duration=20ms");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        String[] events = r.body().split("\n\n", -1);
        assertThat(events).hasSize(4);
        assertThat(events[3]).isEmpty();
        for (int i = 0; i < 3; i++) {
            assertThat(events[i]).matches("event: ping\ndata: \\{\"id\":" + i + ",\"timestamp\":[0-9]{13}\\}");
        }
    }

    @Test
    void sseIsChunkedAndUsesTheDefaults() throws IOException {
        String text = RawHttp.get(server.port(), "/sse").text();
        assertThat(text.toLowerCase(java.util.Locale.ROOT)).contains("transfer-encoding: chunked");
        assertThat(text.split("event: ping", -1)).hasSize(11);
    }

    @Test
    void headOfSseHasNoBody() throws IOException {
        String text = exchange("HEAD /sse HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(text).startsWith("HTTP/1.1 200 ").containsIgnoringCase("text/event-stream").endsWith("\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"duration=0", "duration=0s", "duration=1m", "duration=-1ms", "duration=foo", "delay=1m",
        "delay=-1", "count=foo", "count=0", "count=-1", "count=0xff", "count=999999", "duration=750ms&delay=500ms"})
    void badSseRequestsAreRefused(String query) {
        assertJsonError(client.get("/sse?" + query), 400);
    }

    // ---- helpers

    private static String teapotName() {
        return REGISTRY.find(418).get(0).aliases().get(0);
    }

    private static String location(String path) {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String rawLocation(String path, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        String text = RawHttp.exchange(server.port(), head.append("\r\n").toString()).text();
        assertThat(text).startsWith("HTTP/1.1 302 ");
        return text.lines().filter(l -> l.regionMatches(true, 0, "location:", 0, 9)).findFirst().orElseThrow()
                .substring(9).strip();
    }

    /** Sends a request that closes its connection and reads until the server closes it. */
    static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String readThrough(InputStream in, String marker) throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.indexOf(marker) < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return text.toString();
    }
}

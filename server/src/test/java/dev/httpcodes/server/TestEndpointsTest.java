package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Semantics;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.StatusCode;
import dev.httpcodes.core.StatusInfo;
import dev.httpcodes.server.endpoints.ImpliedHeaders;
import dev.httpcodes.server.endpoints.TestRequest;
import dev.httpcodes.server.pages.Html;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The test endpoints against a real server, by the JDK's HTTP client and, where it hides things, a raw socket. */
class TestEndpointsTest {
    private static final Registry REGISTRY = Registry.standard();
    private static HttpcodesServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = HttpcodesServer.start(ServerConfig.ephemeral().withMaxDelay(Duration.ofSeconds(10)));
        client = new Client(server.port(), HttpClient.Version.HTTP_1_1);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String phrase(int code) {
        List<Entry> meanings = REGISTRY.find(code);
        return meanings.isEmpty() ? null : meanings.get(0).phrase();
    }

    /**
     * Every code and sub-status of the registry that can be answered as a final response: in 100–999 (what the
     * endpoints take), not 1xx, not a code whose semantics say the server closes the connection instead.
     */
    static Stream<String> answerableCodes() {
        return REGISTRY.entries().stream().map(Entry::code)
                .filter(c -> c.code() >= 100 && c.statusClass() != StatusClass.INFORMATIONAL && !closesConnection(c))
                .map(StatusCode::toString).distinct();
    }

    private static boolean closesConnection(StatusCode code) {
        return REGISTRY.describe(code.code()).semantics().map(Semantics::closesConnection).orElse(false);
    }

    /** The response fields of the number's semantics that the server fills, and whether each is forbidden. */
    private static Map<String, Boolean> filledFieldsOf(StatusCode code) {
        Map<String, Boolean> fields = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        REGISTRY.describe(code.code()).semantics().ifPresent(s -> s.headers().stream()
                .filter(h -> !h.request() && ImpliedHeaders.filledFields().contains(h.name()))
                .forEach(h -> fields.put(h.name(), h.requirement().isForbidden())));
        return fields;
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("answerableCodes")
    void everyCodeIsAnsweredWithTheFieldsAndContentItsSemanticsSay(String id) {
        StatusCode code = StatusCode.parse(id);
        // The semantics of the number sent: a sub-status (403.14) travels only as X-Substatus.
        StatusInfo info = REGISTRY.describe(code.code());
        HttpResponse<String> r = client.get("/" + id);
        assertThat(r.statusCode()).isEqualTo(code.code());
        var headers = r.headers();
        Map<String, Boolean> implied = filledFieldsOf(code);
        for (String field : ImpliedHeaders.filledFields()) {
            boolean expected = Boolean.FALSE.equals(implied.get(field));
            assertThat(headers.firstValue(field).isPresent()).as("%s of %s", field, id).isEqualTo(expected);
        }
        info.semantics().ifPresent(s -> s.headers().stream().filter(h -> !h.request() && h.requirement().isForbidden())
                .forEach(h -> assertThat(headers.firstValue(h.name())).as("forbidden %s of %s", h.name(), id)
                        .isEmpty()));
        headers.firstValue("Location").ifPresent(l -> assertThat(l).as("Location of %s", id).isEqualTo("/200"));
        code.subcode().ifPresentOrElse(s -> assertThat(headers.firstValue("X-Substatus")).hasValue(s.toString()),
                () -> assertThat(headers.firstValue("X-Substatus")).isEmpty());
        String full = id + " " + REGISTRY.reasonPhrase(code.code());
        if (!info.isContentAllowed()) {
            assertThat(r.body()).as("no content for %s", id).isEmpty();
        } else if (headers.firstValue("Content-Range").isPresent() && code.statusClass() == StatusClass.SUCCESSFUL) {
            // A partial response: the range it names is the part of the full body it carries.
            String range = headers.firstValue("Content-Range").orElseThrow();
            assertThat(range).as(id).matches("bytes 0-\\d+/\\d+");
            int total = Integer.parseInt(range.substring(range.indexOf('/') + 1));
            int last = Integer.parseInt(range.substring("bytes 0-".length(), range.indexOf('/')));
            assertThat(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).as(id).hasSize(last + 1);
            assertThat(total).isGreaterThan(last + 1);
        } else {
            assertThat(r.body()).as(id).startsWith(full);
        }
    }

    @Test
    void theServerFillsTheFieldsItDocuments() {
        // The server's own capability (README, test endpoints), not a fact about codes: which codes get them is
        // the knowledge base's, checked above.
        assertThat(ImpliedHeaders.filledFields()).containsExactlyInAnyOrder("Location", "Retry-After",
                "WWW-Authenticate", "Proxy-Authenticate", "Allow", "Upgrade", "Content-Range");
    }

    @Test
    void everyFieldTheServerFillsIsNamedBySomeCodesSemantics() {
        for (String field : ImpliedHeaders.filledFields()) {
            assertThat(REGISTRY.entries()).as(field).anySatisfy(e -> assertThat(e.semantics()).hasValueSatisfying(
                    s -> assertThat(s.headers()).anyMatch(h -> !h.request() && h.name().equalsIgnoreCase(field)
                            && !h.requirement().isForbidden())));
        }
    }

    @Test
    void aCodeWhoseSemanticsCloseTheConnectionIsNeverAnswered() throws IOException {
        List<StatusCode> closing = REGISTRY.entries().stream().map(Entry::code)
                .filter(TestEndpointsTest::closesConnection).distinct().toList();
        assertThat(closing).isNotEmpty();
        for (StatusCode code : closing) {
            RawHttp.Received r = RawHttp.get(server.port(), "/" + code);
            assertThat(r.text()).as("/%s", code).isEmpty();
            assertThat(r.closedByServer()).as("/%s", code).isTrue();
            assertThatThrownBy(() -> client.get("/" + code)).isInstanceOf(java.io.UncheckedIOException.class);
        }
    }

    @Test
    void curlSeesTheSameAsTheJdkClient() throws Exception {
        for (String path : new String[] {"/503", "/status/201", "/418/any/thing", "/403.14"}) {
            Process curl = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                    client.base() + path).start();
            String code = new String(curl.getInputStream().readAllBytes()).strip();
            assertThat(curl.waitFor()).isZero();
            assertThat(code).isEqualTo(Integer.toString(client.get(path).statusCode()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"})
    void everyMethod(String method) {
        HttpResponse<String> r = client.send(method, "/418");
        assertThat(r.statusCode()).isEqualTo(418);
        assertThat(r.body()).startsWith("418 ");
        HttpResponse<String> head = client.send("HEAD", "/418");
        assertThat(head.statusCode()).isEqualTo(418);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void httpstatusAndHttpbinForms() {
        assertThat(client.get("/503").statusCode()).isEqualTo(503);
        assertThat(client.get("/503/anything/after").statusCode()).isEqualTo(503);
        assertThat(client.get("/status/503").statusCode()).isEqualTo(503);
        assertThat(client.get("/520").statusCode()).isEqualTo(520);
        assertThat(client.get("/599").statusCode()).isEqualTo(599);
        assertThat(client.get("/783").statusCode()).isEqualTo(783);
    }

    @Test
    void contentNegotiationAndLanguage() {
        assertThat(client.get("/503").headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(client.get("/503").body()).isEqualTo("503 " + phrase(503));
        HttpResponse<String> json = client.get("/503", "Accept", "application/json");
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode doc = Client.json(json);
        assertThat(doc.path("code").asInt()).isEqualTo(503);
        assertThat(doc.path("description").asString()).isEqualTo(phrase(503));
        assertThat(client.get("/503", "Accept", "text/html").body()).contains("<h1>503 " + phrase(503) + "</h1>");
        assertThat(client.get("/503", "Accept", "application/json;q=0.1, text/plain;q=0.9").body())
                .isEqualTo("503 " + phrase(503));
        assertThat(client.get("/503", "Accept", "text/plain;q=0.2, application/json").headers()
                .firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode zh = Client.json(client.get("/503?lang=zh", "Accept", "application/json"));
        assertThat(zh.path("title").asString()).isEqualTo(REGISTRY.getById("503").title().zh());
        assertThat(client.get("/503?suppressBody=true").body()).isEmpty();
    }

    @Test
    void subStatusAndVendorCodes() {
        HttpResponse<String> r = client.get("/403.14", "Accept", "application/json");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("X-Substatus")).hasValue("14");
        JsonNode doc = Client.json(r);
        assertThat(doc.path("substatus").asInt()).isEqualTo(14);
        assertThat(doc.path("id").asString()).isEqualTo("403.14");
        assertThat(doc.path("title").asString()).isEqualTo(REGISTRY.getById("403.14").title().en());
        assertThat(client.get("/500-19").headers().firstValue("X-Substatus")).hasValue("19");
    }

    @Test
    void interimResponsesComeBeforeTheFinalOne() throws IOException {
        RawHttp.Received hints = RawHttp.get(server.port(), "/103");
        assertThat(hints.text()).startsWith("HTTP/1.1 103 Early Hints\r\n").contains("Link: </assets/app.css>")
                .contains("\r\n\r\nHTTP/1.1 200 OK\r\n");
        RawHttp.Received cont = RawHttp.get(server.port(), "/100");
        assertThat(cont.text()).startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n");
        RawHttp.Received processing = RawHttp.get(server.port(), "/102");
        assertThat(processing.text()).startsWith("HTTP/1.1 200 OK\r\n").contains("X-HttpStatus-Interim-Not-Sent: 102");
    }

    @Test
    void weightedChoiceFollowsTheWeights() {
        int ok = 0;
        int n = 1000;
        for (int seed = 0; seed < n; seed++) {
            if (client.get("/random/200:0.9,500:0.1?seed=" + seed).statusCode() == 200) {
                ok++;
            }
        }
        // Binomial(1000, 0.9): standard deviation 9.5, so 850-950 is more than five of them either side.
        assertThat(ok).isBetween(850, 950);
    }

    @Test
    void uniformChoiceAndRangesPassAChiSquareTest() {
        Map<Integer, Integer> counts = new HashMap<>();
        int n = 1500;
        for (int seed = 0; seed < n; seed++) {
            counts.merge(client.get("/random/200,500-504?seed=" + seed).statusCode(), 1, Integer::sum);
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrder(200, 500, 501, 502, 503, 504);
        double expected = n / 6.0;
        double chi2 = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        assertThat(chi2).as("chi-square with 5 degrees of freedom; 20.5 is p = 0.001").isLessThan(20.5);
    }

    @Test
    void aSeedMakesTheChoiceReproducible() {
        int first = client.get("/random/200,500,503?seed=42").statusCode();
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/random/200,500,503?seed=42").statusCode()).isEqualTo(first);
        }
        int unstable = client.get("/unstable?failure_rate=0.3&seed=7").statusCode();
        assertThat(client.get("/unstable?failure_rate=0.3&seed=7").statusCode()).isEqualTo(unstable);
        int failures = 0;
        for (int seed = 0; seed < 400; seed++) {
            failures += client.get("/unstable?failure_rate=0.3&seed=" + seed).statusCode() == 500 ? 1 : 0;
        }
        assertThat(failures).isBetween(80, 160);
        assertThat(client.get("/unstable?failure_rate=0").statusCode()).isEqualTo(200);
        assertThat(client.get("/unstable?failure_rate=1").statusCode()).isEqualTo(500);
    }

    @Test
    void delaysBeforeAndAfterHeaders() throws IOException {
        long start = System.nanoTime();
        assertThat(client.get("/200?sleep=300").statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        start = System.nanoTime();
        assertThat(client.get("/200", "X-HttpStatus-Sleep", "200").statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
        start = System.nanoTime();
        assertThat(client.get("/delay/0.25").statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(250);
        RawHttp.Received after = RawHttp.get(server.port(), "/200", "X-HttpStatus-SleepAfterHeaders: 400");
        assertThat(after.text()).startsWith("HTTP/1.1 200 OK").endsWith("0\r\n\r\n");
        assertThat(after.readTimes().get(after.readTimes().size() - 1) - after.readTimes().get(0))
                .as("the body came at least 400 ms after the headers").isGreaterThanOrEqualTo(350);
    }

    @Test
    void delaysAreCapped() {
        assertThat(client.get("/200?sleep=10001").statusCode()).isEqualTo(400);
        assertThat(client.get("/200?sleep=-1").statusCode()).isEqualTo(400);
        assertThat(client.get("/200?sleep=soon").statusCode()).isEqualTo(400);
        assertThat(client.get("/delay/11").statusCode()).isEqualTo(400);
        assertThat(Client.json(client.get("/200?sleep=10001")).path("detail").asString())
                .contains("capped at 10000 ms");
    }

    @ParameterizedTest
    @CsvSource({"AbortBeforeHeaders,false,false", "AbortAfterHeaders,true,false", "AbortDuringBody,true,true"})
    void faultsAreSeenAsTheFaultsTheyName(String fault, boolean headers, boolean body) throws IOException {
        RawHttp.Received r = RawHttp.get(server.port(), "/200", "X-HttpStatus-" + fault + ": true");
        assertThat(r.closedByServer()).isTrue();
        assertThat(r.text().startsWith("HTTP/1.1 200 OK")).isEqualTo(headers);
        assertThat(r.text()).doesNotEndWith("0\r\n\r\n");
        if (headers) {
            String afterHead = r.text().substring(r.text().indexOf("\r\n\r\n") + 4);
            assertThat(afterHead.isEmpty()).isEqualTo(!body);
        }
        assertThatThrownBy(() -> client.get("/200", "X-HttpStatus-" + fault, "true"))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void slowBodies() throws IOException {
        RawHttp.Received dribble = RawHttp.get(server.port(), "/200", "X-HttpStatus-DribbleBody: true");
        assertThat(dribble.text()).endsWith("0\r\n\r\n");
        assertThat(dribble.readTimes().size()).as("the body came in many pieces").isGreaterThan(3);
        long start = System.nanoTime();
        HttpResponse<String> drip = client.get("/drip?duration=1&numbytes=5&code=201");
        assertThat(drip.statusCode()).isEqualTo(201);
        assertThat(drip.body()).isEqualTo("*****");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(750);
        assertThat(client.get("/drip?numbytes=0").statusCode()).isEqualTo(400);
        assertThat(client.get("/drip?numbytes=99999999").statusCode()).isEqualTo(400);
        assertThat(client.get("/drip?duration=3600").statusCode()).isEqualTo(400);
    }

    @Test
    void callerChosenResponseHeaders() {
        HttpResponse<String> r = client.get("/200?header=X-Trace:abc&header=Cache-Control:max-age%3D5",
                "X-HttpStatus-Response-X-From-Header", "yes");
        assertThat(r.headers().firstValue("X-Trace")).hasValue("abc");
        assertThat(r.headers().allValues("Cache-Control")).contains("max-age=5");
        assertThat(r.headers().firstValue("X-From-Header")).hasValue("yes");
        assertThat(client.get("/200?header=Content-Length:5").statusCode()).isEqualTo(400);
        assertThat(client.get("/200?header=Bad%20Name:x").statusCode()).isEqualTo(400);
        assertThat(client.get("/200?header=NoColon").statusCode()).isEqualTo(400);
        StringBuilder many = new StringBuilder("/200?x=1");
        for (int i = 0; i <= TestRequest.MAX_CALLER_HEADERS; i++) {
            many.append("&header=X-N").append(i).append(":1");
        }
        assertThat(Client.json(client.get(many.toString())).path("detail").asString()).contains("at most 20");
    }

    @Test
    void retryAfterAsSecondsOrDate() {
        assertThat(client.get("/503?retryAfter=120").headers().firstValue("Retry-After")).hasValue("120");
        assertThat(client.get("/301?retryAfter=30").headers().firstValue("Retry-After")).hasValue("30");
        String date = client.get("/429?retryAfter=date").headers().firstValue("Retry-After").orElseThrow();
        assertThat(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)).isAfter(ZonedDateTime.now());
        assertThat(client.get("/503?retryAfter=soon").statusCode()).isEqualTo(400);
    }

    @Test
    void rateLimitEndpoint() {
        List<Integer> codes = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = client.get("/ratelimit?limit=3&window=60&k=" + System.nanoTime() / 1_000_000_000_000L);
            codes.add(last.statusCode());
            remaining.add(last.headers().firstValue("RateLimit-Remaining").orElseThrow());
        }
        assertThat(codes).containsExactly(200, 200, 200, 429);
        assertThat(remaining).containsExactly("2", "1", "0", "0");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(last.headers().firstValue("RateLimit-Policy")).hasValue("3;w=60");
        assertThat(client.get("/ratelimit?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void redirectsStayOnThisServer() throws Exception {
        // /redirect/{n} is go-httpbin's (HttpbinTimingTest); the httpstat.us codes redirect where ?to= says.
        assertThat(client.get("/307?to=/404").headers().firstValue("Location")).hasValue("/404");
        for (String to : new String[] {"https://evil.example", "//evil.example", "/\\evil.example", "evil"}) {
            assertThat(client.get("/302?to=" + Html.url(to)).statusCode()).as(to).isEqualTo(400);
        }
    }

    @Test
    void corsForAnyOrigin() {
        HttpResponse<String> r = client.get("/503", "Origin", "https://example.org");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(r.headers().firstValue("Access-Control-Expose-Headers")).hasValue("*");
        // The httpstat.us family keeps its own preflight; /status/... follows go-httpbin (HttpbinCorsTest).
        HttpResponse<String> preflight = client.send("OPTIONS", "/503", "Origin", "https://example.org",
                "Access-Control-Request-Method", "DELETE", "Access-Control-Request-Headers", "X-HttpStatus-Sleep");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("DELETE");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("X-HttpStatus-Sleep");
        assertThat(client.send("OPTIONS", "/503").statusCode()).as("plain OPTIONS gets the status")
                .isEqualTo(503);
    }

    @ParameterizedTest
    @CsvSource({"/random/abc,bad code", "/random/1000,bad code", "/random/99,bad code", "/1000,bad code",
        "/random/200:x,bad weight in \"200:x\"", "/random/504-500,bad range", "/random/200%2C,bad code",
        "/200?seed=x,seed"})
    void badInputIs400NamingTheBadPart(String path, String detail) {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        assertThat(Client.json(r).path("detail").asString()).contains(detail);
    }
}

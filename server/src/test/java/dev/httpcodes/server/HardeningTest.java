package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real server on two event loops, against hostile and unusual clients: nothing a client sends grows without end. */
class HardeningTest {
    private static final int HEADER_TIMEOUT_MS = 1000;
    private static final int MAX_SLOW = 3;
    private static HttpcodesServer server;
    private static Client client;
    private static Path log;

    @TempDir
    static Path temp;

    @BeforeAll
    static void start() {
        log = temp.resolve("access.log");
        server = HttpcodesServer.start(ServerConfig.ephemeral().withMaxDelay(Duration.ofSeconds(10))
                .withAccessLog(Optional.of(log.toString()))
                .withCapacity(ServerConfig.Capacity.defaults().withEventLoops(2).withMaxSlowResponses(MAX_SLOW)
                        .withHeaderTimeout(Duration.ofMillis(HEADER_TIMEOUT_MS))));
        client = new Client(server.port(), java.net.http.HttpClient.Version.HTTP_1_1);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: %s", what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void servesOnTheEventLoopsAskedFor() {
        assertThat(server.eventLoops()).isEqualTo(2);
    }

    @Test
    void inventedMethodsDoNotGrowTheMetrics() {
        for (int i = 0; i < 3000; i++) {
            client.send("M" + i, "/200");
        }
        String metrics = client.get("/metrics").body();
        long series = metrics.lines().filter(l -> l.startsWith("http_server_requests_total{")).count();
        assertThat(series).isLessThan(100);
        assertThat(metrics).contains("method=\"other\"").doesNotContain("method=\"M17\"");
    }

    @Test
    void statusesNobodyRegisteredCountUnderTheirClass() {
        client.get("/789");
        assertThat(client.get("/metrics").body()).contains("status=\"7xx\"").doesNotContain("status=\"789\"");
    }

    @Test
    void metricsShowConnectionsSlowResponsesAndDroppedLines() {
        assertThat(client.get("/metrics").body()).contains("http_server_connections_open ",
                "http_server_slow_responses_in_flight ", "httpcodes_access_log_dropped_lines_total 0.0");
    }

    /**
     * A dribbled body (httpstat.us's X-HttpStatus-DribbleBody) is sent as its plan says: here the wire shows one
     * chunk per slice, each of the planned size, and the whole body intact. Timing is the plan's business
     * ({@code DripPlanTest}), so nothing here reads a clock.
     */
    @Test
    void aDribbledBodyArrivesWholeInTheChunksItsPlanSays() throws IOException {
        String whole = client.get("/200", "Accept", "text/plain").body();
        var plan = new dev.httpcodes.server.endpoints.DripPlan(whole.length(),
                dev.httpcodes.server.endpoints.TestEndpoints.DRIBBLE_TIME.toMillis());
        RawHttp.Received r = RawHttp.get(server.port(), "/200", "Accept: text/plain", "X-HttpStatus-DribbleBody: true",
                "Connection: close");
        assertThat(r.text()).startsWith("HTTP/1.1 200 ").contains("\r\ntransfer-encoding: chunked\r\n");
        List<Integer> sizes = new java.util.ArrayList<>();
        StringBuilder body = new StringBuilder();
        String rest = r.text().substring(r.text().indexOf("\r\n\r\n") + 4);
        while (true) {
            int eol = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, eol), 16);
            if (size == 0) {
                assertThat(rest.substring(eol)).isEqualTo("\r\n\r\n");
                break;
            }
            sizes.add(size);
            body.append(rest, eol + 2, eol + 2 + size);
            assertThat(rest.substring(eol + 2 + size, eol + 4 + size)).isEqualTo("\r\n");
            rest = rest.substring(eol + 4 + size);
        }
        assertThat(sizes).hasSize(plan.slices());
        for (int n = 1; n <= plan.slices(); n++) {
            assertThat(sizes.get(n - 1)).as("chunk %d", n).isEqualTo(plan.bytesBy(n) - plan.bytesBy(n - 1));
        }
        assertThat(body.toString()).isEqualTo(whole);
    }

    @Test
    void dripFollowsTheRulesOfCodes() throws IOException {
        // go-httpbin's drip sends any code from 100 to 599 as it is, 444 included (only /{code} closes for it).
        assertThat(RawHttp.get(server.port(), "/drip?code=444&duration=0").text()).startsWith("HTTP/1.1 444 ");
        RawHttp.Received interim = RawHttp.get(server.port(), "/drip?code=100&numbytes=3&duration=0",
                "Connection: close");
        assertThat(interim.text()).startsWith("HTTP/1.1 100 Continue").contains("HTTP/1.1 200 ");
    }

    @Test
    void slowResponsesBeyondTheCapGet503WithRetryAfter() throws Exception {
        var sleeping = java.util.stream.IntStream.range(0, MAX_SLOW).mapToObj(i -> java.util.concurrent.CompletableFuture
                .supplyAsync(() -> client.get("/200?sleep=1500"))).toList();
        await("all slots taken", () -> client.get("/metrics").body()
                .contains("http_server_slow_responses_in_flight " + MAX_SLOW + ".0"));
        HttpResponse<String> refused = client.get("/200?sleep=100");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        for (var s : sleeping) {
            assertThat(s.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        await("slots given back", () -> client.get("/200?sleep=10").statusCode() == 200);
    }

    @Test
    void aHalfClosedClientStillGetsItsDelayedResponse() throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("GET /201?sleep=300 HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            s.shutdownOutput();
            String text = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("HTTP/1.1 201 ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Refresh:0;url=https://evil.example/", "Set-Cookie:a=b", "Strict-Transport-Security:max-age=1",
        "Clear-Site-Data:*", "Location:https://evil.example/", "Access-Control-Allow-Origin:https://evil.example",
        "Alt-Svc:h2=evil.example:443", "Proxy-Connection:close"})
    void headersThatHijackTheOriginAreRefusedByName(String header) {
        HttpResponse<String> r = client.get("/200?header=" + java.net.URLEncoder.encode(header, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).path("detail").asString()).startsWith(header.substring(0, header.indexOf(':')));
    }

    @Test
    void aCallerHeaderReplacesTheImpliedOne() {
        HttpResponse<String> r = client.get("/302?header=Location:/418&header=Retry-After:7");
        assertThat(r.headers().allValues("Location")).containsExactly("/418");
        assertThat(r.headers().allValues("Retry-After")).containsExactly("7");
    }

    @Test
    void controlBytesInACallerValueAre400() {
        HttpResponse<String> r = client.get("/200?header=X-A:a%7Fb");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).path("detail").asString()).contains("X-A", "U+007F");
    }

    @Test
    void rateLimitResetAgreesWithRetryAfter() {
        HttpResponse<String> last = null;
        for (int i = 0; i < 3; i++) {
            last = client.get("/ratelimit?limit=1&window=40");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        String reset = last.headers().firstValue("RateLimit-Reset").orElseThrow();
        assertThat(last.headers().allValues("Retry-After")).containsExactly(reset);
    }

    @Test
    void duplicateHostIs400() throws IOException {
        RawHttp.Received r = RawHttp.exchange(server.port(), "GET /200 HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
        assertThat(r.text()).startsWith("HTTP/1.1 400 ").contains("Host");
    }

    @Test
    void rejectedAndAbortedRequestsAreLoggedAndMarked() throws Exception {
        RawHttp.Received tooLong = RawHttp.exchange(server.port(), "GET /" + "a".repeat(Limits.MAX_REQUEST_LINE + 10)
                + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(tooLong.text()).matches("(?s)HTTP/1\\.[01] 414 .*");
        RawHttp.get(server.port(), "/200", "X-HttpStatus-AbortAfterHeaders: true");
        client.get("/200", "User-Agent", "log-probe");
        await("lines written", () -> lines().stream().anyMatch(l -> l.contains("log-probe"))
                && lines().stream().anyMatch(l -> l.endsWith(" rejected"))
                && lines().stream().anyMatch(l -> l.endsWith(" aborted")));
        assertThat(lines()).anySatisfy(l -> assertThat(l).contains("\" 414 ").endsWith(" rejected"));
        assertThat(lines()).anySatisfy(l -> assertThat(l).contains("\"GET /200 HTTP/1.1\" 200 ").endsWith(" aborted"));
        assertThat(client.get("/metrics").body()).contains("route=\"rejected\"", "status=\"414\"");
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Sends requests at once on one connection and reads until the server closes it. */
    private static String pipelined(String requests) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(requests.getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}

package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cached pages and API answers go out in the gzip coding made when they were stored: the same bytes to every client
 * that takes gzip, the plain body to every other, one weak ETag for both, and Vary naming Accept-Encoding.
 */
class CachedGzipTest {
    private static HttpcodesServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        server = HttpcodesServer.start(ServerConfig.ephemeral());
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFirstAndEveryLaterAnswerAreTheSameGzipBytesOfThePlainBody() throws Exception {
        String path = "/api/v1/codes/418";
        HttpResponse<byte[]> first = send("GET", path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> again = send("GET", path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = send("GET", path);
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(first.body())).isEqualTo(plain.body());
        assertThat(first.headers().firstValue("Content-Length")).hasValue(Integer.toString(first.body().length));
        assertThat(first.headers().firstValue("ETag")).isPresent().isEqualTo(plain.headers().firstValue("ETag"));
        for (HttpResponse<byte[]> r : java.util.List.of(first, again, plain)) {
            assertThat(r.headers().firstValue("Vary"))
                    .hasValueSatisfying(v -> assertThat(v).contains("Accept-Encoding"));
        }
    }

    @Test
    void aPageInGzipKeepsItsLanguageVaryAndAnswers304ToItsETag() throws Exception {
        HttpResponse<byte[]> page = send("GET", "/en/codes/404", "Accept-Encoding", "gzip, deflate, br");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(page.body()), java.nio.charset.StandardCharsets.UTF_8)).contains("<html");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> notModified = send("GET", "/en/codes/404", "Accept-Encoding", "gzip",
                "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    @Test
    void headGivesTheLengthOfTheCodingAGetWouldSend() throws Exception {
        HttpResponse<byte[]> get = send("GET", "/api/v1/codes/503", "Accept-Encoding", "gzip");
        HttpResponse<byte[]> head = send("HEAD", "/api/v1/codes/503", "Accept-Encoding", "gzip");
        assertThat(head.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void anAcceptEncodingTooLongToReadStillGetsTheWholeBody() throws Exception {
        // Past the negotiator's cap (2 KiB) the field is not parsed for the cached coding; whatever coding goes out
        // (the server's on-the-fly compression reads the field itself), the body is the plain one, whole.
        HttpResponse<byte[]> plain = send("GET", "/api/v1/codes/504");
        HttpResponse<byte[]> r = send("GET", "/api/v1/codes/504", "Accept-Encoding",
                "x-junk;q=0.1, ".repeat(200) + "gzip");
        assertThat(r.statusCode()).isEqualTo(200);
        boolean coded = r.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
        byte[] body = coded ? gunzip(r.body()) : r.body();
        assertThat(body).isEqualTo(plain.body());
    }

    @ParameterizedTest(name = "Accept-Encoding: {0} → gzip {1}")
    @CsvSource(delimiter = '|', value = {"gzip|true", "GZIP;q=0.5|true", "x-gzip|true", "*|true",
        "br, *;q=0.1|true", "gzip;q=0|false", "gzip;q=0, *|false", "identity|false", "*;q=0|false", "br|false"})
    void acceptEncodingDecidesTheCoding(String acceptEncoding, boolean gzip) throws Exception {
        // A cached API answer, asked for with each field: only gzip ever comes from the cache's coding.
        HttpResponse<byte[]> r = send("GET", "/api/v1/codes/502", "Accept-Encoding", acceptEncoding);
        if (gzip) {
            assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        } else {
            assertThat(r.headers().firstValue("Content-Encoding")).isNotEqualTo(java.util.Optional.of("gzip"));
        }
    }
}

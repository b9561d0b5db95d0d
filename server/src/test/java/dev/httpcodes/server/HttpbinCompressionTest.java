package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** {@code /gzip} and {@code /deflate}: the echo, compressed whatever the request accepts. */
class HttpbinCompressionTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    // The JDK client never decompresses: the bytes are what the server sent.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest
    @CsvSource({"/gzip,gzip,gzipped,", "/deflate,deflate,deflated,", "/gzip,gzip,gzipped,identity",
        "/deflate,deflate,deflated,gzip"})
    void theEchoComesCompressedWithItsLength(String path, String coding, String flag, String acceptEncoding)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVER.client().base() + path + "?a=1&a=2"))
                .header("X-Probe", "p").timeout(Duration.ofSeconds(10));
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue(coding);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Length")).hasValue(Integer.toString(r.body().length));
        byte[] plain;
        try (InputStream in = coding.equals("gzip") ? new GZIPInputStream(new ByteArrayInputStream(r.body()))
                : new InflaterInputStream(new ByteArrayInputStream(r.body()))) {
            plain = in.readAllBytes();
        }
        assertThat(plain.length).isGreaterThan(r.body().length);
        JsonNode echo = Client.JSON.readTree(plain);
        assertThat(echo.get(flag).asBoolean()).isTrue();
        assertThat(echo.get("method").asString()).isEqualTo("GET");
        assertThat(echo.get("args").get("a").get(1).asString()).isEqualTo("2");
        assertThat(echo.get("headers").get("X-Probe").get(0).asString()).isEqualTo("p");
    }
}

package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /trailers}: fields after a chunked body, read off the wire (the JDK client hides trailers). */
class HttpbinTrailersTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    private static String exchange(String path, String version) throws Exception {
        // Connection: close, so the read ends when the server closes, trailers and all.
        return RawHttp.exchange(SERVER.server().port(), "GET " + path + " " + version + "\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n").text();
    }

    @Test
    void queryParametersComeAfterTheLastChunk() throws Exception {
        String text = exchange("/trailers?X-Checksum=abc&Server-Timing=db%3Bdur%3D53&X-Checksum=def", "HTTP/1.1");
        int end = text.indexOf("\r\n\r\n");
        String head = text.substring(0, end);
        String rest = text.substring(end + 4);
        assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked")
                .doesNotContainIgnoringCase("x-checksum: ");
        String announced = head.lines().filter(l -> l.regionMatches(true, 0, "Trailer:", 0, 8)).findFirst()
                .orElseThrow().substring(8).strip();
        assertThat(announced.split(", ")).containsExactlyInAnyOrder("X-Checksum", "Server-Timing");
        int last = rest.indexOf("\r\n0\r\n");
        assertThat(last).isPositive();
        String body = rest.substring(0, last);
        // One chunk: its size line, then the JSON of the same fields.
        var json = Client.JSON.readTree(body.substring(body.indexOf("\r\n") + 2));
        assertThat(json.get("X-Checksum").get(1).asString()).isEqualTo("def");
        assertThat(json.get("Server-Timing").get(0).asString()).isEqualTo("db;dur=53");
        String trailers = rest.substring(last + 5);
        assertThat(trailers.split("\r\n")).contains("X-Checksum: abc", "X-Checksum: def", "Server-Timing: db;dur=53");
        assertThat(trailers).endsWith("\r\n\r\n");
    }

    @Test
    void noParametersMeansNoTrailerField() throws Exception {
        String text = exchange("/trailers", "HTTP/1.1");
        assertThat(text).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("\r\ntrailer:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/trailers?Content-Length=5", "/trailers?Set-Cookie=a%3Db", "/trailers?Host=x",
        "/trailers?Content-Type=text/plain", "/trailers?Bad%20Name=1", "/trailers?X-A=a%0D%0AX-B:%20b"})
    void fieldsTrailersMayNotCarryAre400(String path) {
        assertThat(SERVER.client().get(path).statusCode()).isEqualTo(400);
    }

    @Test
    void moreThanTwentyFieldsAre400() {
        assertThat(SERVER.client().get("/trailers?" + "X-A=1&".repeat(21)).statusCode()).isEqualTo(400);
        assertThat(SERVER.client().get("/trailers?" + "X-A=1&".repeat(20)).statusCode()).isEqualTo(200);
    }

    @Test
    void http10HasNoTrailers() throws Exception {
        assertThat(exchange("/trailers?X-A=1", "HTTP/1.0")).startsWith("HTTP/1.0 400");
    }
}

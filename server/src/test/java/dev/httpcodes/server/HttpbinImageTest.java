package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Registry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class HttpbinImageTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVER.client().base() + path))
                .timeout(Duration.ofSeconds(10));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Each format's magic number, so a test fails if a picture is swapped or truncated to nothing. */
    private static void assertPicture(HttpResponse<byte[]> r, String type) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(type);
        byte[] body = r.body();
        assertThat(r.headers().firstValue("Content-Length")).hasValue(Integer.toString(body.length));
        switch (type) {
            case "image/png" -> assertThat(Arrays.copyOf(body, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G',
                    '\r', '\n', 0x1a, '\n'});
            case "image/jpeg" -> assertThat(Arrays.copyOf(body, 3)).isEqualTo(new byte[] {(byte) 0xff, (byte) 0xd8,
                    (byte) 0xff});
            case "image/webp" -> {
                assertThat(new String(body, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
                assertThat(new String(body, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WEBPVP8L");
            }
            case "image/svg+xml" -> assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("<svg ")
                    .contains("xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
            default -> throw new AssertionError(type);
        }
    }

    @ParameterizedTest
    @CsvSource({"png,image/png", "jpeg,image/jpeg", "webp,image/webp", "svg,image/svg+xml"})
    void eachFormatHasItsPath(String format, String type) throws Exception {
        assertPicture(get("/image/" + format, null), type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "image/png|image/png", "image/*|image/png", "image/jpeg|image/jpeg", "image/webp|image/webp",
        "image/svg+xml|image/svg+xml", "*/*|image/png",
        // go-httpbin's order of preference, whatever the order in the header.
        "image/jpeg, image/webp|image/webp", "image/jpeg, image/svg+xml|image/svg+xml",
        "text/html, image/avif, image/webp, */*;q=0.8|image/webp",
        // q=0 refuses a type.
        "image/png;q=0, image/jpeg|image/jpeg"})
    void acceptChoosesTheFormat(String accept, String type) throws Exception {
        assertPicture(get("/image", accept), type);
    }

    @Test
    void noAcceptMeansPng() throws Exception {
        assertPicture(get("/image", null), "image/png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/raw", "image/jpg", "image/svg", "text/html", "image/png;q=0"})
    void anAcceptNamingNoFormatIs415(String accept) throws Exception {
        HttpResponse<byte[]> r = get("/image", accept);
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode body = Client.JSON.readTree(r.body());
        assertThat(body.get("status_code").asInt()).isEqualTo(415);
        assertThat(body.get("error").asString()).isEqualTo(REGISTRY.reasonPhrase(415));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/image/raw", "/image/jpg", "/image/PNG", "/image/png/foo"})
    void anUnknownFormatIs404(String path) throws Exception {
        assertThat(get(path, null).statusCode()).isEqualTo(404);
    }

    @Test
    void headSendsTheLengthWithoutTheBody() throws Exception {
        HttpResponse<byte[]> full = get("/image/png", null);
        HttpRequest head = HttpRequest.newBuilder(URI.create(SERVER.client().base() + "/image/png"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> r = HTTP.send(head, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Length")).hasValue(Integer.toString(full.body().length));
    }
}

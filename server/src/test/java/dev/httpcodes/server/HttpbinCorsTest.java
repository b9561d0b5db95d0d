package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** go-httpbin's CORS on the httpbin paths, and our own paths left with theirs. */
class HttpbinCorsTest {
    @RegisterExtension
    static final EchoServer SERVER = new EchoServer();

    @ParameterizedTest
    @ValueSource(strings = {"/get", "/anything/x", "/cookies", "/bytes/4", "/basic-auth/u/p", "/uuid",
        "/post"})
    void everyHttpbinAnswerAllowsTheRequestOriginWithCredentials(String path) {
        HttpResponse<String> r = SERVER.send("GET", path, "Origin", "https://app.example");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("https://app.example");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).as(path).hasValue("true");
        HttpResponse<String> anonymous = SERVER.send("GET", path);
        assertThat(anonymous.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
    }

    @Test
    void errorsCarryCorsToo() {
        HttpResponse<String> refused = SERVER.send("POST", "/get", "Origin", "https://app.example");
        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
        HttpResponse<String> bad = SERVER.send("POST", "/post", "{".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Content-Type", "application/json", "Origin", "https://app.example");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/get", "/post", "/anything", "/status/500", "/basic-auth/u/p", "/delay/3"})
    void optionsIsAPreflightWithoutAnOriginAndNeverRunsTheEndpoint(String path) {
        HttpResponse<String> r = SERVER.send("OPTIONS", path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("GET, POST, HEAD, PUT, DELETE, PATCH, OPTIONS");
        assertThat(r.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).isEmpty();
    }

    @Test
    void aPreflightWithAnOriginAllowsItAndTheHeadersAskedFor() {
        HttpResponse<String> r = SERVER.send("OPTIONS", "/put", "Origin", "https://app.example",
                "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "X-Test-Header, Content-Type");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).hasValue("X-Test-Header, Content-Type");
    }

    @Test
    void ourOwnPathsKeepTheirCors() {
        HttpResponse<String> api = SERVER.send("OPTIONS", "/api/v1/codes", "Origin", "https://app.example",
                "Access-Control-Request-Method", "GET");
        assertThat(api.statusCode()).isEqualTo(204);
        assertThat(api.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> code = SERVER.send("GET", "/503", "Origin", "https://app.example");
        assertThat(code.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> page = SERVER.send("GET", "/healthz", "Origin", "https://app.example");
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}

package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Registry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** {@code /unstable} is go-httpbin's: its bad input gets go-httpbin's JSON error, not problem details. */
class HttpbinUnstableTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();

    @ParameterizedTest
    @CsvSource({"/unstable?failure_rate=foo,failure rate", "/unstable?failure_rate=-1,failure rate",
        "/unstable?failure_rate=1.23,failure rate", "/unstable?seed=3.14,seed", "/unstable?seed=foo,seed"})
    void badInputIsGoHttpbins400(String path, String detail) {
        HttpResponse<String> r = SERVER.client().get(path);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = Client.json(r);
        assertThat(body.get("status_code").asInt()).isEqualTo(400);
        assertThat(body.get("error").asString()).isEqualTo(REGISTRY.reasonPhrase(400));
        assertThat(body.get("detail").asString()).contains(detail);
    }
}

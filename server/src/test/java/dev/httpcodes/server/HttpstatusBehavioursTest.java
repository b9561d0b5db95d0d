package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusCode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The httpstat.us family ({@code /{code}}, {@code /random}) where it differs from httpbin's. */
class HttpstatusBehavioursTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();

    @Test
    void theSuppressBodyHeaderSendsNoBody() {
        HttpResponse<String> r = SERVER.client().get("/503", "X-HttpStatus-SuppressBody", "true",
                "Accept", "application/json");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Type")).isEmpty();
        // Any other value leaves the body alone.
        assertThat(SERVER.client().get("/503", "X-HttpStatus-SuppressBody", "no").body())
                .contains(REGISTRY.reasonPhrase(503));
    }

    @Test
    void aCodeWhoseSemanticsNameLocationCarriesOne() {
        // 305's Location comes from the registry's semantics for it, as every implied field does.
        assertThat(REGISTRY.describe(305).semantics().orElseThrow().headers())
                .anyMatch(h -> h.name().equalsIgnoreCase("Location"));
        HttpResponse<String> r = SERVER.client().get("/305");
        assertThat(r.statusCode()).isEqualTo(305);
        assertThat(r.headers().firstValue("Location")).hasValue("/200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-5", "1.5", "", "12ms"})
    void aMalformedSleepHeaderIsIgnored(String value) {
        HttpResponse<String> r = SERVER.client().get("/201", "X-HttpStatus-Sleep", value);
        assertThat(r.statusCode()).isEqualTo(201);
    }

    @Test
    void aSleepHeaderOverTheCapIsStillRefused() {
        long over = ServerConfig.DEFAULT_MAX_DELAY.toMillis() + 1;
        HttpResponse<String> r = SERVER.client().get("/200", "X-HttpStatus-Sleep", Long.toString(over));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).path("detail").asString()).contains("X-HttpStatus-Sleep");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/random/200.0", "/random/200,500.1", "/random/2000", "/random/20"})
    void randomTakesWholeCodesOnly(String path) {
        HttpResponse<String> r = SERVER.client().get(path);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).path("detail").asString()).contains("bad code");
    }

    @Test
    void randomAnswersUnderAnyTrailingPath() {
        HttpResponse<String> r = SERVER.client().get("/random/418/any/path?seed=1");
        assertThat(r.statusCode()).isEqualTo(418);
        int code = SERVER.client().get("/random/500-502/a/b/c").statusCode();
        assertThat(code).isBetween(500, 502);
        assertThat(StatusCode.of(code).code()).isEqualTo(code);
        assertThat(SERVER.client().get("/random/200.0/x").statusCode()).isEqualTo(400);
    }
}

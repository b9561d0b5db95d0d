package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.server.protocol.AcceptedType;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One Accept negotiator for pages and test endpoints: q-values count, q=0 rules a type out, the most specific range
 * decides, and a missing or useless header gets the caller's default.
 */
class NegotiationTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "text/html;q=0, application/json | JSON",
        "text/html, application/json;q=0.5 | HTML",
        "application/json;q=0.5, text/html;q=0.9 | HTML",
        "text/html;q=0.2, application/json;q=0.9 | JSON",
        "*/*;q=0.8, text/html;q=0 | TEXT",
        "text/*;q=0.3, application/*;q=0.7 | JSON",
        "text/html;level=1;q=0.9, text/plain;q=0.1 | HTML",
        "application/problem+json | JSON",
        "image/png | TEXT",
        "text/plain;q=0, application/json;q=0, text/html;q=0 | TEXT",
        "TEXT/HTML | HTML",
        "text/html;q=nonsense, application/json;q=0.1 | JSON"})
    void qValuesDecide(String accept, AcceptedType expected) {
        assertThat(AcceptedType.of(accept)).isEqualTo(expected);
    }

    @Test
    void noHeaderGetsTheCallersDefault() {
        assertThat(AcceptedType.of(null)).isEqualTo(AcceptedType.TEXT);
        assertThat(AcceptedType.best("", AcceptedType.JSON, List.of(AcceptedType.JSON, AcceptedType.HTML)))
                .isEqualTo(AcceptedType.JSON);
    }

    @Test
    void tiesGoToTheCallersPreference() {
        assertThat(AcceptedType.best("*/*", AcceptedType.JSON, List.of(AcceptedType.JSON, AcceptedType.HTML)))
                .isEqualTo(AcceptedType.JSON);
        assertThat(AcceptedType.best("*/*", AcceptedType.JSON, List.of(AcceptedType.HTML, AcceptedType.JSON)))
                .isEqualTo(AcceptedType.HTML);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "text/html;q=0, application/json | application/problem+json; charset=utf-8",
        "text/html | text/html; charset=utf-8",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html; charset=utf-8",
        "application/json;q=0.4, text/html;q=0.6 | text/html; charset=utf-8",
        "application/json, text/html;q=0.6 | application/problem+json; charset=utf-8",
        "*/* | application/problem+json; charset=utf-8",
        "text/plain | application/problem+json; charset=utf-8"})
    void aNotFoundPageFollowsQValues(String accept, String contentType) {
        HttpResponse<String> r = SERVER.client().get("/en/codes/299", "Accept", accept);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(contentType);
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
    }

    @Test
    void aBadFilterFollowsQValuesToo() {
        assertThat(SERVER.client().get("/en?standing=bogus", "Accept", "text/html;q=0, application/json").headers()
                .firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        assertThat(SERVER.client().get("/en?standing=bogus", "Accept", "application/json;q=0.1, text/html").headers()
                .firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void testEndpointsUseTheSameNegotiator() {
        assertThat(SERVER.client().get("/503", "Accept", "text/html;q=0, application/json").headers()
                .firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(SERVER.client().get("/503", "Accept", "*/*;q=0.5, text/html;q=0").headers()
                .firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }
}

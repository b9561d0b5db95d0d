package dev.httpcodes.check;

import static dev.httpcodes.check.Checks.live;
import static dev.httpcodes.check.Checks.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.check.fetch.FetchOptions;
import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.HopReport;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.StatusCode;
import dev.httpcodes.server.HttpcodesServer;
import dev.httpcodes.server.ServerConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against our own test endpoints, which answer every code with the fields it needs: the rules about required and
 * forbidden fields, framing, Retry-After and problem details must stay quiet. Also HTTPS with HTTP/2 and TLS
 * failures, on the server's self-signed listener.
 */
class OwnEndpointsCheckTest {
    /** Rules a correct response never triggers, whatever its code. */
    private static final Set<String> MUST_NOT_FIRE = Set.of("location-missing", "location-see-other",
            "location-created", "location-syntax", "www-authenticate-missing", "proxy-authenticate-missing",
            "allow-missing", "content-range-missing", "content-range-unsatisfied", "content-forbidden",
            "content-length-forbidden", "transfer-encoding-forbidden", "not-modified-metadata", "retry-after-syntax",
            "retry-after-missing", "redirect-loop", "informational-final", "problem-json-invalid",
            "problem-json-status", "problem-json-member-type", "hsts-over-http", "status-invalid", "status-unknown");
    static HttpcodesServer server;

    @BeforeAll
    static void start() {
        server = HttpcodesServer.start(ServerConfig.ephemeral().withMaxDelay(Duration.ofSeconds(5))
                .withTls(new ServerConfig.Tls(0, Optional.empty(), Optional.empty())));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Every final code of the registry that the endpoints answer (not 1xx; 444 closes without a response). */
    static Stream<String> codes() {
        return Checks.REGISTRY.entries().stream().map(Entry::code)
                .filter(c -> c.code() >= 200 && c.code() <= 599 && c.code() != 444)
                .map(StatusCode::toString).distinct();
    }

    @ParameterizedTest(name = "/status/{0}")
    @MethodSource("codes")
    void correctResponsesHaveNoFindingsFromTheFieldRules(String code) throws Exception {
        CheckReport r = live("http://127.0.0.1:" + server.port() + "/status/" + code,
                FetchOptions.get().withMaxRedirects(0));
        assertThat(r.failure()).isEmpty();
        HopReport first = r.hops().get(0);
        assertThat(first.hop().status()).isEqualTo(StatusCode.parse(code).code());
        assertThat(rules(first)).as("/status/%s %s", code, first.hop().headers().list()).doesNotContainAnyElementsOf(MUST_NOT_FIRE);
    }

    @Test
    void redirectChainOfTheEndpointsEndsWithoutFindings() throws Exception {
        CheckReport r = live("http://127.0.0.1:" + server.port() + "/redirect/3");
        assertThat(r.hops()).extracting(h -> h.hop().status()).containsExactly(302, 302, 302, 200);
        assertThat(r.hops()).allSatisfy(h -> assertThat(h.findings()).isEmpty());
    }

    @Test
    void httpsNegotiatesHttp2AndTimesTheHandshake() throws Exception {
        String url = "https://localhost:" + server.tlsPort().orElseThrow() + "/status/418";
        CheckReport h2 = live(url, FetchOptions.get().withTls(true, false));
        assertThat(h2.failure()).isEmpty();
        HopReport hop = h2.hops().get(0);
        assertThat(hop.hop().protocol()).isEqualTo("HTTP/2");
        assertThat(hop.hop().interimVisible()).isFalse();
        assertThat(hop.hop().timings().source()).isEqualTo("probe");
        assertThat(hop.hop().timings().tlsMs()).isNotNull();
        assertThat(hop.hop().status()).isEqualTo(418);

        CheckReport h1 = live(url, FetchOptions.get().withTls(true, true));
        assertThat(h1.hops().get(0).hop().protocol()).isEqualTo("HTTP/1.1");
        assertThat(h1.hops().get(0).hop().timings().source()).isEqualTo("connection");
        assertThat(h1.hops().get(0).hop().timings().tlsMs()).isNotNull();
    }

    @Test
    void aSelfSignedCertificateIsATlsFailureWithoutInsecure() throws Exception {
        CheckReport r = live("https://localhost:" + server.tlsPort().orElseThrow() + "/status/200");
        assertThat(r.failure().orElseThrow().kind()).isEqualTo("tls");
        assertThat(r.hops()).isEmpty();
    }

    @Test
    void plainHttpToTheTlsPortIsReported() throws Exception {
        CheckReport r = live("http://127.0.0.1:" + server.tlsPort().orElseThrow() + "/status/200",
                FetchOptions.get().withTimeout(Duration.ofSeconds(3)));
        assertThat(r.failure().orElseThrow().kind()).isIn("reset", "protocol", "timeout");
    }
}

package dev.httpcodes.logs.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.ui.UiText;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patterns the knowledge base ties to a proxy's reason token (Envoy flags, HAProxy termination states) or to an
 * origin status beside the one sent: each is reported when, and only when, its evidence is in the log. Messages and
 * tokens come from the registry, never from this test.
 */
class PatternEvidenceTest {
    private static final Registry REGISTRY = Registry.standard();

    @TempDir
    Path dir;

    private List<String> patterns(String name, String lines, Lang lang) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, lines);
        AnalyzerOptions options = new AnalyzerOptions(Optional.empty(), Optional.empty(), Optional.empty(), 1);
        return LogReport.of(new LogAnalyzer(options).analyze(List.of(LogAnalyzer.open(file.toString(),
                new ByteArrayInputStream(new byte[0]))), n -> { }), REGISTRY, lang).patterns;
    }

    private static String message(String id, Lang lang) {
        return UiText.fill(REGISTRY.pattern(id).name().in(lang));
    }

    private static String envoy(int status, String flags, String host) {
        return "[2026-12-03T10:00:00.000Z] \"GET /api HTTP/1.1\" " + status + " " + flags + " 0 91 1002 - \"-\" "
                + "\"curl/8.5.0\" \"6e1b1d6d-4c4a-4d7e-9a1e-2d7f6f0b3a11\" \"api.example.com\" \"" + host + "\"\n";
    }

    @Test
    void envoyFlagsBringTheirPatternAndPlainAnswersDoNot() throws Exception {
        String flagged = envoy(503, "UF,URX", "10.1.2.3:8080") + envoy(504, "UT", "10.1.2.3:8080")
                + envoy(200, "-", "10.1.2.3:8080");
        for (Lang lang : Lang.values()) {
            assertThat(patterns("envoy-" + lang + ".log", flagged, lang)).contains(
                    message("envoy-upstream-unreachable", lang), message("envoy-upstream-timeout", lang));
        }
        // The same codes passed on from the application carry no flag: no pattern about Envoy's own errors.
        String passed = envoy(503, "-", "10.1.2.3:8080") + envoy(504, "-", "10.1.2.3:8080");
        assertThat(patterns("envoy-plain.log", passed, Lang.EN)).doesNotContain(
                message("envoy-upstream-unreachable", Lang.EN), message("envoy-upstream-timeout", Lang.EN));
    }

    @Test
    void haproxyTerminationStatesAreReadByTheirFirstTwoCharacters() throws Exception {
        String prefix = "Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33318 [06/Feb/2009:12:14:14.655] http-in ";
        String log = prefix + "static/srv1 10/0/30/-1/30010 504 194 - - sHNN 1/1/1/1/0 0/0 \"GET /slow HTTP/1.1\"\n"
                + prefix + "static/<NOSRV> 0/-1/-1/-1/0 503 212 - - SC-- 1/1/0/0/0 0/0 \"GET / HTTP/1.1\"\n";
        assertThat(patterns("haproxy.log", log, Lang.ZH)).contains(message("haproxy-server-timeout", Lang.ZH),
                message("haproxy-connect-failure", Lang.ZH));
        String clean = prefix + "static/srv1 10/0/30/69/109 503 2750 - - ---- 1/1/1/1/0 0/0 \"GET / HTTP/1.1\"\n";
        assertThat(patterns("haproxy-clean.log", clean, Lang.ZH)).doesNotContain(
                message("haproxy-server-timeout", Lang.ZH), message("haproxy-connect-failure", Lang.ZH));
    }

    /** An ALB line as AWS documents a failed Lambda target's, with its status and error_reason. */
    private static String alb(int status, String errorReason) {
        return alb(status, errorReason, "-", "-");
    }

    /** The same line with desync mitigation's classification and classification_reason. */
    private static String alb(int status, String errorReason, String classification, String classificationReason) {
        return "http 2026-12-03T10:00:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 "
                + "0.001 0.000 " + status + " - 34 366 \"GET http://www.example.com:80/ HTTP/1.1\" \"curl/8.5.0\" - - "
                + "arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "
                + "\"Root=1-58337364-23a8c76965a2ef7629b185e3\" \"-\" \"-\" 0 2026-12-03T09:59:59.364000Z \"forward\" \"-\" \""
                + errorReason + "\" \"-\" \"-\" \"" + classification + "\" \"" + classificationReason + "\" -\n";
    }

    @Test
    void albDesyncClassificationOfA400NamesTheMitigationMode() throws Exception {
        String log = alb(400, "-", "Severe", "BadContentLength") + alb(200, "-");
        for (Lang lang : Lang.values()) {
            assertThat(patterns("alb-desync-" + lang + ".log", log, lang))
                    .contains(message("alb-desync-mitigation", lang));
        }
        // A 400 without a classification, or an Acceptable request (allowed in defensive mode) says nothing of it.
        String plain = alb(400, "-") + alb(400, "-", "Acceptable", "NonCompliantHeader");
        assertThat(patterns("alb-desync-plain.log", plain, Lang.EN))
                .doesNotContain(message("alb-desync-mitigation", Lang.EN));
    }

    @Test
    void albErrorReasonsNameTheLambdaTheIdentityProviderOrWaf() throws Exception {
        String log = alb(502, "LambdaInvalidResponse") + alb(500, "AuthTokenEpRequestTimeout")
                + alb(500, "WAFConnectionTimeout") + alb(200, "-");
        for (Lang lang : Lang.values()) {
            assertThat(patterns("alb-" + lang + ".log", log, lang)).contains(message("alb-lambda-target-failed", lang),
                    message("alb-identity-provider-unreachable", lang), message("alb-waf-unreachable", lang));
        }
        // The same statuses without a reason (a target's own 500, a 502 for a bad target response) name none of them,
        // and a reason under another status does not carry its pattern over.
        String plain = alb(502, "-") + alb(500, "-") + alb(503, "LambdaInvalidResponse");
        assertThat(patterns("alb-plain.log", plain, Lang.EN)).doesNotContain(
                message("alb-lambda-target-failed", Lang.EN), message("alb-identity-provider-unreachable", Lang.EN),
                message("alb-waf-unreachable", Lang.EN));
    }

    private static String cloudflare(int edge, int origin) {
        return "{\"ClientIP\":\"203.0.113.7\",\"ClientRequestHost\":\"shop.example.com\",\"ClientRequestMethod\":"
                + "\"GET\",\"ClientRequestURI\":\"/cart\",\"ClientRequestUserAgent\":\"Mozilla/5.0\",\"EdgeStartTimestamp\":"
                + "\"2026-12-03T10:00:00Z\",\"EdgeResponseStatus\":" + edge + ",\"OriginResponseStatus\":" + origin
                + ",\"CacheCacheStatus\":\"miss\",\"EdgeResponseBytes\":1200}\n";
    }

    @Test
    void cloudflare52xWithTheOriginsStatusPointsAtTheOrigin() throws Exception {
        assertThat(patterns("cf.json", cloudflare(520, 500) + cloudflare(200, 200), Lang.EN))
                .contains(message("cdn-origin-answered", Lang.EN));
        // OriginResponseStatus 0: the origin never answered, so the pattern about its answer does not apply.
        assertThat(patterns("cf-none.json", cloudflare(522, 0) + cloudflare(200, 200), Lang.EN))
                .doesNotContain(message("cdn-origin-answered", Lang.EN));
    }

    @Test
    void aReasonMatchesWholeFlagsAndDashPaddedStatesOnly() {
        assertThat(Patterns.carries("UF,URX", List.of("UF"))).isTrue();
        assertThat(Patterns.carries("URX", List.of("UF", "UR"))).as("URX is its own flag").isFalse();
        assertThat(Patterns.carries("sH--", List.of("sH"))).isTrue();
        assertThat(Patterns.carries("sHNN", List.of("sH"))).isTrue();
        assertThat(Patterns.carries("SH--", List.of("sH"))).as("case matters: SH is the server aborting").isFalse();
        assertThat(Patterns.carries("-", List.of("UT"))).isFalse();
    }
}

package dev.httpcodes.check;

import static dev.httpcodes.check.Checks.finding;
import static dev.httpcodes.check.Checks.level;
import static dev.httpcodes.check.Checks.live;
import static dev.httpcodes.check.Checks.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.check.fetch.FetchOptions;
import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.HopReport;
import dev.httpcodes.core.Entry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the Debian nginx, configured to break rules and to show its own error pages. */
class NginxCheckTest {
    @TempDir
    static Path dir;
    static LocalWebServer nginx;
    static int closed;

    @BeforeAll
    static void start() throws Exception {
        closed = LocalWebServer.closedPort();
        nginx = LocalWebServer.nginx(dir, String.join("\n",
                "location = /401 { return 401; }",
                "location = /405 { return 405; }",
                "location = /502 { proxy_pass http://127.0.0.1:" + closed + "; }",
                "location = /loop { return 302 /loop; }",
                "location = /self { return 301; }",
                "location = /retry { add_header Retry-After \"soon\" always; return 503; }",
                "location = /retry-ok { add_header Retry-After \"120\" always; return 503; }",
                "location = /problem { default_type application/problem+json; "
                    + "return 404 '{\"status\": 400, \"title\": 5}'; }",
                "location = /299 { return 299 'odd'; }",
                "location = /420 { return 420 'calm'; }",
                "location = /hsts { add_header Strict-Transport-Security \"max-age=60\" always; "
                    + "return 301 https://127.0.0.1:" + closed + "/; }",
                "location = /post { return 302 /target; }",
                "location = /target { return 200 'ok'; }",
                "location = /cached404 { add_header Cache-Control \"max-age=600\" always; return 404; }",
                "location = /r1 { return 301 /r2; }",
                "location = /r2 { return 301 /r3; }",
                "location = /r3 { return 301 /r4; }",
                "location = /r4 { return 200 'end'; }",
                "location = /201 { return 201 'made'; }",
                "location = /206 { return 206 'part'; }",
                "location = /416 { return 416; }",
                "location = /304 { return 304; }"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
    }

    private static HopReport only(String path) throws InterruptedException {
        CheckReport r = live(nginx.url(path));
        assertThat(r.failure()).as(path).isEmpty();
        assertThat(r.hops()).as(path).hasSize(1);
        return r.hops().get(0);
    }

    @Test
    void unauthorizedWithoutChallengeIsAnErrorAndNginxMadeIt() throws Exception {
        HopReport h = only("/401");
        assertThat(h.hop().status()).isEqualTo(401);
        assertThat(finding(h, "www-authenticate-missing").level()).isEqualTo(level("www-authenticate-missing"))
                .isEqualTo("error");
        assertThat(finding(h, "www-authenticate-missing").field()).isEqualTo("WWW-Authenticate");
        assertThat(h.producedBy().id()).hasValue("nginx");
        assertThat(h.producedBy().certainty()).isEqualTo("generated");
        String server = h.hop().headers().first("Server").orElseThrow();
        assertThat(h.producedBy().version()).hasValue(server.substring(server.indexOf('/') + 1));
        assertThat(h.producedBy().evidence()).anyMatch(e -> e.source().equals("body")
                && e.matched().contains("<center>nginx/"));
        assertThat(h.hop().timings().connectMs()).isNotNull();
        assertThat(h.hop().timings().firstByteMs()).isNotNull();
        assertThat(h.hop().timings().tlsMs()).isNull();
    }

    @Test
    void methodNotAllowedWithoutAllow() throws Exception {
        assertThat(rules(only("/405"))).contains("allow-missing");
    }

    @Test
    void badGatewayToAClosedPortIsNginxsOwnPage() throws Exception {
        HopReport h = only("/502");
        assertThat(h.hop().status()).isEqualTo(502);
        assertThat(h.producedBy().id()).hasValue("nginx");
        assertThat(h.producedBy().certainty()).isEqualTo("generated");
        assertThat(h.meaning().map(Entry::id)).hasValue("502");
    }

    @Test
    void redirectToItselfIsALoop() throws Exception {
        for (String path : List.of("/loop", "/self")) {
            HopReport h = only(path);
            assertThat(finding(h, "redirect-loop").message()).contains(nginx.url(path));
        }
    }

    @Test
    void retryAfterSyntax() throws Exception {
        assertThat(finding(only("/retry"), "retry-after-syntax").message()).contains("soon");
        assertThat(rules(only("/retry-ok"))).doesNotContain("retry-after-syntax", "retry-after-missing");
    }

    @Test
    void problemDetailsWithTheWrongStatusAndTypes() throws Exception {
        HopReport h = only("/problem");
        assertThat(finding(h, "problem-json-status").message()).contains("400", "404");
        assertThat(finding(h, "problem-json-member-type").message()).contains("title");
        assertThat(rules(h)).doesNotContain("problem-json-invalid");
    }

    @Test
    void unknownAndVendorCodes() throws Exception {
        assertThat(rules(only("/299"))).contains("status-unknown").doesNotContain("status-unregistered");
        HopReport vendor = only("/420");
        Entry meaning = Checks.REGISTRY.find(420).get(0);
        assertThat(finding(vendor, "status-unregistered").message()).contains(meaning.phrase());
        assertThat(rules(vendor)).doesNotContain("status-unknown");
    }

    @Test
    void hstsOverPlainHttpThenAFailureAtTheTarget() throws Exception {
        CheckReport r = live(nginx.url("/hsts"));
        assertThat(r.hops()).hasSize(1);
        assertThat(rules(r.hops().get(0))).contains("hsts-over-http");
        assertThat(r.failure()).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo("refused");
            assertThat(f.url()).isEqualTo("https://127.0.0.1:" + closed + "/");
        });
        assertThat(r.failureMessage().orElseThrow())
                .startsWith(Checks.KNOWLEDGE.failure("refused").orElseThrow().en().split("\\{")[0]);
    }

    @Test
    void postAnsweredWith302TurnsIntoGet() throws Exception {
        CheckReport r = live(nginx.url("/post"), FetchOptions.get().withRequest("POST", List.of(), "a=1".getBytes()));
        assertThat(r.hops()).extracting(h -> h.hop().method()).containsExactly("POST", "GET");
        assertThat(finding(r.hops().get(0), "redirect-method-change").message()).contains("POST", "302");
        assertThat(r.hops().get(1).hop().status()).isEqualTo(200);
        CheckReport get = live(nginx.url("/post"));
        assertThat(rules(get.hops().get(0))).doesNotContain("redirect-method-change");
    }

    @Test
    void cachingOfErrors() throws Exception {
        assertThat(finding(only("/cached404"), "error-explicitly-cacheable").message()).contains("600");
        assertThat(rules(only("/cached404"))).doesNotContain("error-heuristically-cacheable");
        assertThat(rules(only("/nothing-here"))).contains("error-heuristically-cacheable");
    }

    @Test
    void redirectLimit() throws Exception {
        CheckReport all = live(nginx.url("/r1"));
        assertThat(all.hops()).extracting(h -> h.hop().status()).containsExactly(301, 301, 301, 200);
        assertThat(all.hops()).allSatisfy(h -> assertThat(rules(h)).doesNotContain("redirect-limit"));
        CheckReport limited = live(nginx.url("/r1"), FetchOptions.get().withMaxRedirects(2));
        assertThat(limited.hops()).hasSize(3);
        assertThat(rules(limited.hops().get(2))).contains("redirect-limit");
        CheckReport none = live(nginx.url("/r1"), FetchOptions.get().withMaxRedirects(0));
        assertThat(none.hops()).hasSize(1);
        assertThat(rules(none.hops().get(0))).contains("redirect-limit");
    }

    @Test
    void createdPartialAndRange() throws Exception {
        assertThat(rules(only("/201"))).contains("location-created");
        assertThat(rules(only("/206"))).contains("content-range-missing");
        assertThat(rules(only("/416"))).contains("content-range-unsatisfied");
        HopReport notModified = only("/304");
        assertThat(notModified.hop().bodyExact()).isTrue();
        assertThat(rules(notModified)).doesNotContain("content-forbidden");
        // nginx's "return 304" labels the empty response with its default type: a real finding.
        assertThat(finding(notModified, "not-modified-metadata").field()).isEqualTo("Content-Type");
    }

    @Test
    void aTimeoutIsANetworkFailure() throws Exception {
        CheckReport r = live(nginx.url("/target"), FetchOptions.get().withTimeout(Duration.ofNanos(1)));
        assertThat(r.failure()).hasValueSatisfying(f -> assertThat(f.kind()).isIn("timeout", "connect-timeout"));
    }
}

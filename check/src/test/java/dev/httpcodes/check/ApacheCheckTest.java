package dev.httpcodes.check;

import static dev.httpcodes.check.Checks.finding;
import static dev.httpcodes.check.Checks.live;
import static dev.httpcodes.check.Checks.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.HopReport;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the Debian Apache HTTP Server, configured to break rules and to show its default error pages. */
class ApacheCheckTest {
    @TempDir
    static Path dir;
    static LocalWebServer apache;

    @BeforeAll
    static void start() throws Exception {
        apache = LocalWebServer.apache(dir, String.join("\n",
                "RewriteEngine On",
                "RewriteRule ^/unauth$ - [R=401,L]",
                "RewriteRule ^/proxyauth$ - [R=407,L]",
                "Redirect 302 /old /index.html",
                "Redirect 307 /keep /index.html"));
        LocalWebServer.write(apache.dir().resolve("html/index.html"), "<p>hello</p>\n");
        // mod_asis sends the status and fields written in the file: a 301 with no Location.
        LocalWebServer.write(apache.dir().resolve("html/moved.asis"),
                "Status: 301 Moved Permanently\nContent-Type: text/html\n\n<p>moved</p>\n");
    }

    @AfterAll
    static void stop() throws Exception {
        if (apache != null) {
            apache.close();
        }
    }

    private static HopReport only(String path) throws InterruptedException {
        CheckReport r = live(apache.url(path));
        assertThat(r.failure()).isEmpty();
        assertThat(r.hops()).hasSize(1);
        return r.hops().get(0);
    }

    @Test
    void authenticationWithoutChallenges() throws Exception {
        HopReport h = only("/unauth");
        assertThat(rules(h)).contains("www-authenticate-missing");
        assertThat(h.producedBy().id()).hasValue("apache");
        assertThat(h.producedBy().certainty()).isEqualTo("generated");
        String server = h.hop().headers().first("Server").orElseThrow();
        assertThat(server).startsWith("Apache/" + h.producedBy().version().orElseThrow());
        assertThat(rules(only("/proxyauth"))).contains("proxy-authenticate-missing");
    }

    @Test
    void movedWithoutLocation() throws Exception {
        HopReport h = only("/moved.asis");
        assertThat(h.hop().status()).isEqualTo(301);
        assertThat(finding(h, "location-missing").field()).isEqualTo("Location");
    }

    @Test
    void defaultNotFoundPage() throws Exception {
        HopReport h = only("/no/such/page");
        assertThat(h.producedBy().id()).hasValue("apache");
        assertThat(h.producedBy().evidence()).anyMatch(e -> e.matched().contains("<address>Apache/"));
        assertThat(rules(h)).contains("error-heuristically-cacheable");
    }

    @Test
    void followsRedirectsToAQuietPage() throws Exception {
        CheckReport r = live(apache.url("/old"));
        assertThat(r.hops()).extracting(h -> h.hop().status()).containsExactly(302, 200);
        assertThat(r.hops().get(1).hop().url()).isEqualTo(apache.url("/index.html"));
        assertThat(r.hops().get(1).findings()).isEmpty();
        assertThat(r.hops().get(1).producedBy().certainty()).isEqualTo("likely");
        CheckReport post = Checks.live(apache.url("/keep"), dev.httpcodes.check.fetch.FetchOptions.get()
                .withRequest("POST", java.util.List.of(), "x".getBytes()));
        assertThat(post.hops()).extracting(h -> h.hop().method()).containsExactly("POST", "POST");
        assertThat(rules(post.hops().get(0))).doesNotContain("redirect-method-change");
    }
}

package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The language in the URL: unprefixed pages redirect by the reader's language, slashes go to the canonical path. */
class UrlSchemeTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    private static HttpResponse<String> redirect(int status, String path, String location, String... headers) {
        HttpResponse<String> r = SERVER.client().get(path, headers);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Location")).as(path).hasValue(location);
        return r;
    }

    @ParameterizedTest
    @CsvSource({"/, /en", "/codes/404, /en/codes/404", "/codes/403.14, /en/codes/403.14", "/which, /en/which",
        "/compare, /en/compare", "/compare/401/403, /en/compare/401/403", "/search?q=rate+limit, /en/search?q=rate+limit",
        "/?standing=vendor&vendor=nginx&other=1, /en?standing=vendor&vendor=nginx"})
    void everyUnprefixedPageRedirectsToItsLanguage(String from, String to) {
        HttpResponse<String> r = redirect(302, from, to);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept-Language, Cookie");
        assertThat(r.headers().firstValue("Set-Cookie")).as("nothing to remember without ?lang=").isEmpty();
        assertThat(SERVER.client().get(to).statusCode()).as(to).isEqualTo(200);
    }

    @Test
    void theLanguageIsChosenByParameterThenCookieThenAcceptLanguage() {
        HttpResponse<String> chosen = redirect(302, "/codes/504?lang=zh", "/zh/codes/504",
                "Cookie", "lang=en", "Accept-Language", "en");
        assertThat(chosen.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("lang=zh")
                .contains("Path=/", "SameSite=Lax").containsIgnoringCase("HttpOnly");
        redirect(302, "/codes/504", "/zh/codes/504", "Cookie", "lang=zh", "Accept-Language", "en");
        redirect(302, "/codes/504", "/zh/codes/504", "Accept-Language", "fr, zh-CN;q=0.8, en;q=0.5");
        redirect(302, "/codes/504", "/en/codes/504", "Accept-Language", "zh;q=0.4, en");
        redirect(302, "/codes/504", "/en/codes/504", "Accept-Language", "fr");
        redirect(302, "/codes/504", "/en/codes/504");
        redirect(302, "/codes/504?lang=xx", "/en/codes/504", "Cookie", "lang=xx");
    }

    @ParameterizedTest
    @CsvSource({"/zh/, /zh", "/en/codes/404/, /en/codes/404", "/en/codes/404//, /en/codes/404",
        "/zh/which/, /zh/which", "/en/compare/401/403/, /en/compare/401/403", "/zh/search/?q=超时, /zh/search?q=%E8%B6%85%E6%97%B6",
        "/codes/404/, /codes/404", "/compare/, /compare"})
    void trailingSlashesGoToTheCanonicalPath(String from, String to) {
        redirect(301, from.replace("超时", "%E8%B6%85%E6%97%B6"), to);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "//evil.example/zh/", "/%2F%2Fevil.example/", "/zh/codes/%0d%0aX:1/",
        "/%5Cevil.example/", "/zh//evil.example/", "/codes/404?lang=//evil.example"})
    void noRedirectLeavesTheSite(String path) {
        HttpResponse<String> r = SERVER.client().get(path);
        r.headers().firstValue("Location").ifPresent(location -> {
            assertThat(location).as(path).startsWith("/").doesNotStartWith("//").doesNotStartWith("/\\")
                    .doesNotContain("\r", "\n");
            assertThat(location).as(path).matches("/(zh|en)?[A-Za-z0-9/._~%?=&+-]*");
        });
        assertThat(r.statusCode()).as(path).isIn(301, 302, 400, 404);
    }

    @Test
    void aRedirectCarriesOnlyThePagesOwnParametersReEncoded() {
        redirect(302, "/search?q=%3Cscript%3E&x=%0d%0a", "/en/search?q=%3Cscript%3E");
        redirect(302, "/codes/%3Cb%3E", "/en/codes/%3Cb%3E");
    }

    @Test
    void theApiAndTestEndpointsAreNotPages() {
        assertThat(SERVER.client().get("/api/v1/codes/404").statusCode()).isEqualTo(200);
        assertThat(SERVER.client().get("/api/v1/search?q=timeout").statusCode()).isEqualTo(200);
        assertThat(SERVER.client().get("/404").statusCode()).isEqualTo(404);
        assertThat(SERVER.client().get("/status/418").statusCode()).isEqualTo(418);
        assertThat(SERVER.client().get("/healthz").statusCode()).isEqualTo(200);
        assertThat(SERVER.client().get("/xx/codes/404").statusCode()).as("no third language").isEqualTo(404);
    }
}

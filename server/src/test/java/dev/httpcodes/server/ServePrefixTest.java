package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code serve --prefix /a-prefix}: every route under the prefix, and the links and Locations it builds too. */
class ServePrefixTest {
    private static final String P = "/a-prefix";
    private static HttpcodesServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = HttpcodesServer.start(ServerConfig.ephemeral().withPrefix(P));
        client = new Client(server.port(), HttpClient.Version.HTTP_1_1);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/503", "/status/200", "/image/png", "/uuid", "/api/v1/codes/404", "/en/codes/404",
        "/healthz", "/deny", "/random/200/any/path"})
    void routesAnswerUnderThePrefixOnly(String path) {
        HttpResponse<String> under = client.get(P + path);
        assertThat(under.statusCode()).as(P + path).isIn(200, 503);
        assertThat(client.get(path).statusCode()).as(path).isEqualTo(404);
    }

    @Test
    void redirectsStayUnderThePrefix() {
        assertThat(client.get(P + "/301").headers().firstValue("Location")).hasValue(P + "/200");
        assertThat(client.get(P + "/relative-redirect/2").headers().firstValue("Location"))
                .hasValue(P + "/relative-redirect/1");
        assertThat(client.get(P + "/relative-redirect/1").headers().firstValue("Location")).hasValue(P + "/get");
        assertThat(client.get(P + "/absolute-redirect/1").headers().firstValue("Location"))
                .hasValue("http://127.0.0.1:" + server.port() + P + "/get");
        assertThat(client.get(P + "/cookies/set?k=v").headers().firstValue("Location")).hasValue(P + "/cookies");
        assertThat(client.get(P + "/links/3").headers().firstValue("Location")).hasValue(P + "/links/3/0");
        assertThat(client.get(P + "/codes/404").headers().firstValue("Location").orElseThrow()).startsWith(P + "/");
    }

    @Test
    void pagesLinkUnderThePrefix() {
        HttpResponse<String> r = client.get(P + "/en/codes/404");
        assertThat(r.statusCode()).isEqualTo(200);
        var doc = Jsoup.parse(r.body());
        assertThat(doc.select("link[rel=stylesheet]").eachAttr("href")).allMatch(h -> h.startsWith(P + "/assets/"));
        assertThat(doc.select("a[href^=/]").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith(P + "/"));
        assertThat(Jsoup.parse(client.get(P + "/links/3/1").body()).select("a").eachAttr("href"))
                .containsExactly(P + "/links/3/0", P + "/links/3/2");
        assertThat(client.get(P + "/forms/post").body()).contains("action=\"" + P + "/post\"");
    }

    @Test
    void theSecurityHeadersGoOutOnceUnderThePrefixAndOutsideIt() {
        assertThat(client.get(P + "/200").headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(client.get("/elsewhere").headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-prefix", "/", "/a/", "/a b", "/a?x", "/a/../b", "//a", "/a\"b", "/a<b"})
    void aPrefixMustBeAPlainPath(String prefix) {
        assertThatThrownBy(() -> ServerConfig.ephemeral().withPrefix(prefix))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--prefix");
    }
}

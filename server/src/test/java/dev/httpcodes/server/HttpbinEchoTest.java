package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** go-httpbin's body-less echoes: /get, /head, /headers, /ip, /user-agent, /hostname, /dump/request. */
class HttpbinEchoTest {
    @RegisterExtension
    static final EchoServer SERVER = new EchoServer();

    @Test
    void getEchoesArgumentsHeadersMethodOriginAndUrl() {
        HttpResponse<String> r = SERVER.send("GET", "/get?foo=1&bar=b1&bar=b2", "User-Agent", "echo-test");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = EchoServer.json(r);
        assertThat(body.propertyNames()).containsExactly("args", "headers", "method", "origin", "url");
        assertThat(body.get("args").get("bar").values()).extracting(JsonNode::asString).containsExactly("b1", "b2");
        assertThat(body.get("args").get("foo").get(0).asString()).isEqualTo("1");
        assertThat(body.get("method").asString()).isEqualTo("GET");
        assertThat(body.get("origin").asString()).startsWith("127.0.0.1:");
        assertThat(body.get("url").asString()).isEqualTo(SERVER.base() + "/get?foo=1&bar=b1&bar=b2");
        assertThat(body.get("headers").get("User-Agent").get(0).asString()).isEqualTo("echo-test");
        assertThat(body.get("headers").get("Host").get(0).asString()).isEqualTo("127.0.0.1:" + SERVER.port());
    }

    @Test
    void headerNamesComeBackInGoCanonicalFormWithEveryValue() throws IOException {
        RawHttp.Received r = RawHttp.get(SERVER.port(), "/headers", "x-multi-VALUE: one", "X-MULTI-value: two",
                "foo: bar");
        JsonNode headers = Client.JSON.readTree(body(r.text())).get("headers");
        assertThat(headers.get("X-Multi-Value").values()).extracting(JsonNode::asString).containsExactly("one",
                "two");
        assertThat(headers.get("Foo").get(0).asString()).isEqualTo("bar");
        assertThat(new java.util.ArrayList<>(headers.propertyNames())).isSorted();
    }

    @Test
    void excludedHeadersAreLeftOutOfEveryEcho() {
        String[] headers = {"X-Ignore-Foo", "1", "X-Info-This-Key", "2", "X-Info-Foo", "3"};
        for (String path : new String[] {"/get", "/headers", "/anything"}) {
            JsonNode echoed = EchoServer.json(SERVER.send("GET", path, headers)).get("headers");
            assertThat(echoed.has("X-Ignore-Foo")).as(path).isFalse();
            assertThat(echoed.has("X-Info-This-Key")).as(path).isFalse();
            assertThat(echoed.get("X-Info-Foo").get(0).asString()).as(path).isEqualTo("3");
        }
    }

    @Test
    void theUrlTakesTheSchemeAProxyReports() {
        for (String[] header : new String[][] {{"X-Forwarded-Proto", "https"}, {"X-Forwarded-Protocol", "https"},
            {"X-Forwarded-Ssl", "on"}}) {
            String url = EchoServer.json(SERVER.send("GET", "/get", header)).get("url").asString();
            assertThat(url).as(header[0]).isEqualTo("https://127.0.0.1:" + SERVER.port() + "/get");
        }
    }

    @Test
    void theUrlTakesTheHostTheClientNamed() throws IOException {
        RawHttp.Received r = RawHttp.exchange(SERVER.port(),
                "GET /get?x=1 HTTP/1.1\r\nHost: echo.example\r\n\r\n");
        assertThat(Client.JSON.readTree(body(r.text())).get("url").asString()).isEqualTo("http://echo.example/get?x=1");
    }

    @Test
    void ipIsTheFirstForwardedForEntryOrThePeer() {
        assertThat(EchoServer.json(SERVER.send("GET", "/ip")).get("origin").asString()).startsWith("127.0.0.1:");
        assertThat(EchoServer.json(SERVER.send("GET", "/ip", "X-Forwarded-For", " 10.1.1.1 , 10.2.2.2"))
                .get("origin").asString()).isEqualTo("10.1.1.1");
        assertThat(EchoServer.json(SERVER.send("GET", "/ip", "X-Forwarded-For", "10.1.1.1",
                "CF-Connecting-IP", "192.0.2.7")).get("origin").asString()).isEqualTo("192.0.2.7");
    }

    @Test
    void userAgentAndHostname() {
        assertThat(EchoServer.json(SERVER.send("GET", "/user-agent", "User-Agent", "agent/1.0"))
                .get("user-agent").asString()).isEqualTo("agent/1.0");
        assertThat(EchoServer.json(SERVER.send("GET", "/hostname")).get("hostname").asString())
                .isEqualTo(dev.httpcodes.server.httpbin.HttpbinOptions.DEFAULT_HOSTNAME);
    }

    @Test
    void dumpWritesTheRequestBackAsText() throws IOException {
        RawHttp.Received r = RawHttp.exchange(SERVER.port(), "GET /dump/request?foo=bar HTTP/1.1\r\n"
                + "Host: dump-host\r\nx-test-b: two\r\nx-test-a: one\r\nX-Test-A: again\r\n\r\n");
        assertThat(r.text()).startsWith("HTTP/1.1 200 ").contains("Content-Type: text/plain; charset=utf-8");
        assertThat(body(r.text())).isEqualTo("GET /dump/request?foo=bar HTTP/1.1\r\nHost: dump-host\r\n"
                + "X-Test-A: one\r\nX-Test-A: again\r\nX-Test-B: two\r\n\r\n");
    }

    @Test
    void dumpReChunksAChunkedBody() throws IOException {
        RawHttp.Received r = RawHttp.exchange(SERVER.port(), "POST /dump/request HTTP/1.1\r\nHost: h\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n");
        assertThat(body(r.text())).isEqualTo("POST /dump/request HTTP/1.1\r\nHost: h\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n0\r\n\r\n");
    }

    @Test
    void headAnswersWithoutBodyOrLength() throws IOException {
        for (String path : new String[] {"/get", "/head", "/anything"}) {
            RawHttp.Received r = RawHttp.exchange(SERVER.port(), "HEAD " + path + " HTTP/1.1\r\nHost: h\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(r.text()).as(path).startsWith("HTTP/1.1 200 ").endsWith("\r\n\r\n");
            assertThat(r.text().toLowerCase(java.util.Locale.ROOT)).as(path).doesNotContain("content-length")
                    .contains("content-type: application/json");
        }
    }

    @Test
    void methodRestrictedEndpointsAnswer405InPlainText() {
        // Each case: method, path, and the Allow field RFC 9110 requires of the 405.
        String[][] refused = {{"POST", "/get", "GET, HEAD"}, {"GET", "/post", "POST"}, {"POST", "/put", "PUT"},
            {"PUT", "/patch", "PATCH"}, {"GET", "/delete", "DELETE"}, {"GET", "/head", "HEAD"},
            {"HEAD", "/post", "POST"}};
        for (String[] c : refused) {
            HttpResponse<String> r = SERVER.send(c[0], c[1]);
            assertThat(r.statusCode()).as(c[0] + " " + c[1]).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(c[0] + " " + c[1]).hasValue(c[2]);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
            if (!c[0].equals("HEAD")) {
                assertThat(r.body()).isEqualTo("method " + c[0] + " not allowed\n");
            }
        }
    }

    @Test
    void anythingTakesEveryMethodAndAnyDepth() {
        for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE", "TRACE"}) {
            HttpResponse<String> r = SERVER.send(method, "/anything/a/b?q=1");
            assertThat(r.statusCode()).as(method).isEqualTo(200);
            JsonNode body = EchoServer.json(r);
            assertThat(body.get("method").asString()).isEqualTo(method);
            assertThat(body.get("url").asString()).endsWith("/anything/a/b?q=1");
            assertThat(body.has("data")).isTrue();
        }
    }

    @Test
    void echoesAreSentUncompressedAsGoHttpbinSendsThem() throws IOException {
        RawHttp.Received r = RawHttp.get(SERVER.port(), "/anything?z=1", "Accept-Encoding: gzip");
        assertThat(r.text().toLowerCase(java.util.Locale.ROOT)).doesNotContain("content-encoding");
        assertThat(Client.JSON.readTree(body(r.text())).get("args").get("z").get(0).asString()).isEqualTo("1");
    }

    /** The body of a raw HTTP/1.1 response (the text after the first blank line that ends a final head). */
    static String body(String response) {
        String rest = response;
        while (rest.startsWith("HTTP/1.1 1")) {
            rest = rest.substring(rest.indexOf("\r\n\r\n") + 4);
        }
        return rest.substring(rest.indexOf("\r\n\r\n") + 4);
    }
}

package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The bodies go-httpbin's echoes decode (JSON, forms, multipart, text, anything else), the bad ones and the cap. */
class HttpbinEchoBodiesTest {
    @RegisterExtension
    static final EchoServer SERVER = new EchoServer();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode echo(String method, String path, byte[] body, String... headers) {
        HttpResponse<String> r = SERVER.send(method, path, body, headers);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return EchoServer.json(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /post", "PUT /put", "PATCH /patch", "DELETE /delete", "GET /anything",
        "POST /anything/else"})
    void jsonBodiesAreEchoedParsedAndAsText(String route) {
        String[] mp = route.split(" ");
        String json = "{\"foo\":\"bar\",\"n\":[1,2.5],\"nested\":{\"ok\":true}}";
        JsonNode body = echo(mp[0], mp[1], utf8(json), "Content-Type", "application/json; charset=utf-8");
        assertThat(body.propertyNames()).containsExactly("args", "headers", "method", "origin", "url", "data",
                "files", "form", "json");
        assertThat(body.get("method").asString()).isEqualTo(mp[0]);
        assertThat(body.get("data").asString()).isEqualTo(json);
        assertThat(body.get("json")).isEqualTo(Client.JSON.readTree(json));
        assertThat(body.get("form").isEmpty()).isTrue();
        assertThat(body.get("files").isEmpty()).isTrue();
    }

    @Test
    void urlEncodedFormsFillFormWithEveryValue() {
        JsonNode body = echo("DELETE", "/delete?q=1", utf8("foo=foo&bar=bar1&bar=bar2&sp=a+b%21"),
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(body.get("form").get("bar").values()).extracting(JsonNode::asString).containsExactly("bar1",
                "bar2");
        assertThat(body.get("form").get("sp").get(0).asString()).isEqualTo("a b!");
        assertThat(body.get("args").get("q").get(0).asString()).isEqualTo("1");
        assertThat(body.get("json").isNull()).isTrue();
    }

    @Test
    void multipartFieldsGoToFormAndFilesToFiles() {
        String boundary = "b0undary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"bar\"\r\n\r\nbar1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"bar\"\r\n\r\nbar2\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"f.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello world\r\n--" + boundary + "--\r\n";
        JsonNode body = echo("POST", "/post", utf8(multipart), "Content-Type",
                "multipart/form-data; boundary=" + boundary);
        assertThat(body.get("form").get("bar").values()).extracting(JsonNode::asString).containsExactly("bar1",
                "bar2");
        assertThat(body.get("form").has("upload")).isFalse();
        assertThat(body.get("files").get("upload").get(0).asString()).isEqualTo("hello world");
        assertThat(body.get("data").asString()).isEqualTo(multipart);
    }

    @Test
    void textBodiesAreEchoedAsTheyCame() {
        String html = "<html><body><h1>hi</h1></body></html>";
        JsonNode body = echo("PUT", "/put", utf8(html), "Content-Type", "text/html; charset=utf-8");
        assertThat(body.get("data").asString()).isEqualTo(html);
        assertThat(body.get("json").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/octet-stream", "image/png", "unknown"})
    void otherBodiesBecomeBase64DataUrls(String type) {
        byte[] raw = {(byte) 0xff, 0, 'a', (byte) 0xfe, '?'};
        JsonNode body = echo("POST", "/post", raw, "Content-Type", type + "; x=y");
        assertThat(body.get("data").asString()).isEqualTo("data:" + type + ";base64,"
                + Base64.getUrlEncoder().encodeToString(raw));
    }

    @Test
    void aBodyWithoutContentTypeIsAnOctetStreamDataUrl() throws IOException {
        RawHttp.Received r = RawHttp.exchange(SERVER.port(),
                "POST /post HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\na=b&c");
        JsonNode body = Client.JSON.readTree(HttpbinEchoTest.body(r.text()));
        assertThat(body.get("data").asString()).isEqualTo("data:application/octet-stream;base64,"
                + Base64.getUrlEncoder().encodeToString(utf8("a=b&c")));
        assertThat(body.get("form").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "application/json", "application/x-www-form-urlencoded", "multipart/form-data; x"})
    void anEmptyBodyLeavesEveryBodyFieldEmpty(String type) {
        JsonNode body = type.isEmpty() ? echo("POST", "/post", new byte[0])
                : echo("POST", "/post", new byte[0], "Content-Type", type);
        assertThat(body.get("data").asString()).isEmpty();
        assertThat(body.get("json").isNull()).isTrue();
        assertThat(body.get("form").isEmpty()).isTrue();
        assertThat(body.get("files").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json|foo", "application/json|   ", "application/json|{\"open\": ",
        "application/x-www-form-urlencoded|%ZZ", "application/x-www-form-urlencoded|a=1;b=2",
        "multipart/form-data; etc|%ZZ", "multipart/form-data; boundary=xx|--xx\r\nContent-Disposition: form-data; "
            + "name=\"a\"\r\n\r\ncut short"})
    void badBodiesGet400WithGoHttpbinsErrorShape(String typeAndBody) {
        String[] tb = typeAndBody.split("\\|", 2);
        HttpResponse<String> r = SERVER.send("POST", "/post", utf8(tb[1]), "Content-Type", tb[0]);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode error = EchoServer.json(r);
        assertThat(error.get("status_code").asInt()).isEqualTo(400);
        assertThat(error.get("error").asString()).isEqualTo(
                dev.httpcodes.core.Registry.standard().reasonPhrase(400));
        assertThat(error.get("detail").asString()).startsWith("error parsing request body: ");
    }

    @Test
    void aBodyAtTheCapIsEchoedAndOneByteMoreIsRefused() {
        assertThat(echo("POST", "/post", new byte[EchoServer.MAX_BODY], "Content-Type", "text/plain")
                .get("data").asString()).hasSize(EchoServer.MAX_BODY);
        HttpResponse<String> r = SERVER.send("PUT", "/put", new byte[EchoServer.MAX_BODY + 1]);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(EchoServer.json(r).get("detail").asString()).contains(String.valueOf(EchoServer.MAX_BODY));
        assertThat(r.headers().firstValue("Connection")).hasValue("close");
    }

    @Test
    void anAnnouncedOversizeBodyIsRefusedBeforeItIsSent() throws IOException {
        // Only the head is sent: the answer must come without the server waiting for a megabyte that never comes.
        RawHttp.Received r = RawHttp.exchange(SERVER.port(),
                "POST /anything HTTP/1.1\r\nHost: h\r\nContent-Length: 1048576\r\n\r\n");
        assertThat(r.text()).startsWith("HTTP/1.1 400 ").contains("\r\nConnection: close\r\n");
    }

    @Test
    void aChunkedBodyPastTheCapIsRefused() throws IOException {
        String chunk = "a".repeat(600);
        RawHttp.Received r = RawHttp.exchange(SERVER.port(), "POST /post HTTP/1.1\r\nHost: h\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n258\r\n" + chunk + "\r\n258\r\n" + chunk + "\r\n0\r\n\r\n");
        assertThat(r.text()).startsWith("HTTP/1.1 400 ");
    }

    @Test
    void aChunkedBodyIsEchoedWithItsTransferEncoding() throws IOException {
        RawHttp.Received r = RawHttp.exchange(SERVER.port(), "PATCH /patch HTTP/1.1\r\nHost: h\r\n"
                + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n4\r\ntest\r\n5\r\n body\r\n0\r\n\r\n");
        JsonNode body = Client.JSON.readTree(HttpbinEchoTest.body(r.text()));
        assertThat(body.get("data").asString()).isEqualTo("test body");
        assertThat(body.get("headers").get("Transfer-Encoding").get(0).asString()).isEqualTo("chunked");
    }

    @Test
    void expectContinueGets100OnlyWhenThereIsABodyToSend() throws IOException {
        RawHttp.Received withBody = RawHttp.exchange(SERVER.port(), "POST /post HTTP/1.1\r\nHost: h\r\n"
                + "Content-Type: text/plain\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\ntest");
        assertThat(withBody.text()).startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 ");
        RawHttp.Received empty = RawHttp.exchange(SERVER.port(), "POST /post HTTP/1.1\r\nHost: h\r\n"
                + "Expect: 100-continue\r\nContent-Length: 0\r\n\r\n");
        assertThat(empty.text()).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void base64InputIsCappedByTheBodyCap() {
        String atCap = "A".repeat(EchoServer.MAX_BODY);
        assertThat(SERVER.send("GET", "/base64/" + atCap).statusCode()).isEqualTo(200);
        HttpResponse<String> over = SERVER.send("GET", "/base64/decode/" + atCap + "AAAA");
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(EchoServer.json(over).get("detail").asString())
                .isEqualTo("input data exceeds max length of " + EchoServer.MAX_BODY);
    }
}

package dev.httpcodes.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.httpcodes.core.Registry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HttpbinContentTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVER.client().base() + path))
                .timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertJsonError(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Client.json(r);
        assertEquals(status, body.get("status_code").asInt());
        assertEquals(REGISTRY.reasonPhrase(status), body.get("error").asString());
    }

    @Test
    void bytesSendsNBytesWithALength() throws Exception {
        HttpResponse<byte[]> r = bytes("/bytes/1000");
        assertEquals(200, r.statusCode());
        assertEquals(1000, r.body().length);
        assertEquals("1000", r.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("application/octet-stream", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        assertArrayEquals(bytes("/bytes/64?seed=7").body(), bytes("/bytes/64?seed=7").body());
        assertNotEquals(java.util.Arrays.toString(bytes("/bytes/64?seed=7").body()),
                java.util.Arrays.toString(bytes("/bytes/64?seed=8").body()));
        assertArrayEquals(bytes("/bytes/64?seed=7").body(), bytes("/stream-bytes/64?seed=7&chunk_size=5").body());
    }

    @Test
    void byteCountsAreCappedAt100KiB() throws Exception {
        assertEquals(100 * 1024, bytes("/bytes/5000000").body().length);
        assertEquals(100 * 1024, bytes("/stream-bytes/5000000").body().length);
        assertEquals(0, bytes("/bytes/0").body().length);
    }

    @Test
    void streamBytesIsChunked() throws Exception {
        HttpResponse<byte[]> r = bytes("/stream-bytes/3000?chunk_size=1000");
        assertEquals(200, r.statusCode());
        assertEquals(3000, r.body().length);
        assertTrue(r.headers().firstValue("Content-Length").isEmpty());
        assertEquals("chunked", r.headers().firstValue("Transfer-Encoding").orElseThrow());
    }

    @Test
    void badCountsSeedsAndChunksAre400() {
        for (String path : new String[] {"/bytes/abc", "/bytes/-1", "/bytes/1?seed=x", "/stream-bytes/10?chunk_size=3.5",
                "/stream-bytes/10?chunk_size=z", "/stream/abc"}) {
            assertJsonError(SERVER.client().get(path), 400);
        }
    }

    @Test
    void streamSendsNJsonLinesClampedTo100() {
        HttpResponse<String> r = SERVER.client().get("/stream/3?q=1");
        assertEquals(200, r.statusCode());
        String[] lines = r.body().split("\n");
        assertEquals(3, lines.length);
        JsonMapper mapper = JsonMapper.builder().build();
        for (int i = 0; i < 3; i++) {
            JsonNode line = mapper.readTree(lines[i]);
            assertEquals(i, line.get("id").asInt());
            assertEquals("1", line.get("args").get("q").get(0).asString());
        }
        assertEquals(100, SERVER.client().get("/stream/1000").body().split("\n").length);
        assertEquals(1, SERVER.client().get("/stream/0").body().split("\n").length);
    }

    @Test
    void base64DecodesEitherAlphabetAndEncodesUrlSafe() {
        HttpResponse<String> r = SERVER.client().get("/base64/aGVsbG8gd29ybGQ=");
        assertEquals(200, r.statusCode());
        assertEquals("hello world", r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("hello world", SERVER.client().get("/base64/decode/aGVsbG8gd29ybGQ=").body());
        assertEquals("??>", SERVER.client().get("/base64/Pz8-").body());
        assertEquals("??>", SERVER.client().get("/base64/Pz8+").body());
        assertEquals("aGk_Pz4=", SERVER.client().get("/base64/encode/hi%3F%3F%3E").body());
    }

    @Test
    void base64RefusesBadInput() {
        assertJsonError(SERVER.client().get("/base64/!!!"), 400);
        assertJsonError(SERVER.client().get("/base64/rot13/abc"), 400);
        assertJsonError(SERVER.client().get("/base64/" + "A".repeat(4100)), 400);
    }

    @Test
    void uuidIsAFreshVersion4Uuid() {
        String a = Client.json(SERVER.client().get("/uuid")).get("uuid").asString();
        String b = Client.json(SERVER.client().get("/uuid")).get("uuid").asString();
        assertEquals(4, UUID.fromString(a).version());
        assertNotEquals(a, b);
    }

    @Test
    void documentsOfEachTypeParse() throws Exception {
        HttpResponse<String> html = SERVER.client().get("/html");
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("Herman Melville - Moby-Dick", Jsoup.parse(html.body()).selectFirst("h1").text());

        HttpResponse<String> json = SERVER.client().get("/json");
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals(2, Client.json(json).get("library").get("books").size());

        HttpResponse<String> xml = SERVER.client().get("/xml");
        assertTrue(xml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("book").getLength());
    }
    @Test
    void bytesAreNeverCompressedSoTheLengthIsTheOneSent() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVER.client().base() + "/bytes/4096"))
                .header("Accept-Encoding", "gzip, deflate").timeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), r.headers().toString());
        assertEquals("4096", r.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(4096, r.body().length);
        HttpRequest streamed = HttpRequest.newBuilder(URI.create(SERVER.client().base() + "/stream-bytes/4096"))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> s = HTTP.send(streamed, HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(s.headers().firstValue("Content-Encoding").isEmpty(), s.headers().toString());
        assertEquals(4096, s.body().length);
    }

    @Test
    void aChunkSizeBelowOneMeansTheDefaultChunk() throws Exception {
        for (String chunk : new String[] {"-10", "0"}) {
            HttpResponse<byte[]> r = bytes("/stream-bytes/256?chunk_size=" + chunk);
            assertEquals(200, r.statusCode(), chunk);
            assertEquals(256, r.body().length, chunk);
            assertEquals("chunked", r.headers().firstValue("Transfer-Encoding").orElseThrow());
        }
    }

    @Test
    void pathsAroundTheEndpointsGetTheJson404() {
        for (String path : new String[] {"/bytes", "/bytes/16/foo", "/stream-bytes", "/stream-bytes/10/foo",
                "/stream", "/stream/10/foo", "/basic-auth", "/basic-auth/user", "/basic-auth/user/pass/extra",
                "/hidden-basic-auth", "/hidden-basic-auth/user/pass/extra", "/links", "/links/10/1/foo",
                "/cache/60/foo", "/etag/foo/bar", "/base64"}) {
            assertJsonError(SERVER.client().get(path), 404);
        }
    }

    @Test
    void brotliIsNamedButNotImplemented() {
        assertJsonError(SERVER.client().get("/brotli"), 501);
    }

    @Test
    void base64NeedsInputAPaddedValueAndAKnownOperation() {
        for (String path : new String[] {"/base64/", "/base64/decode/"}) {
            HttpResponse<String> r = SERVER.client().get(path);
            assertJsonError(r, 400);
            assertEquals("no input data", Client.json(r).get("detail").asString(), path);
        }
        // Spilling into another segment, or unpadded: not base64 as go-httpbin decodes it.
        for (String path : new String[] {"/base64/decode/aGVsbG8gd29ybGQ=/extra", "/base64/aGk"}) {
            HttpResponse<String> r = SERVER.client().get(path);
            assertJsonError(r, 400);
            assertTrue(Client.json(r).get("detail").asString().startsWith("base64 decode failed"), path);
        }
        HttpResponse<String> unknown = SERVER.client().get("/base64/rot13/aGk=");
        assertJsonError(unknown, 400);
        assertTrue(Client.json(unknown).get("detail").asString().startsWith("invalid operation: rot13"));
    }

    @Test
    void xmlIsAsciiAndDeclaresIt() throws Exception {
        HttpResponse<byte[]> r = bytes("/xml");
        String body = new String(r.body(), java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(body.startsWith("<?xml version='1.0' encoding='us-ascii'?>"), body);
        for (byte b : r.body()) {
            assertTrue(b >= 0, "non-ASCII byte in /xml");
        }
    }
}

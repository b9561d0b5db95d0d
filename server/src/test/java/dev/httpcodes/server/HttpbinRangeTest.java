package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** go-httpbin's /range/{n}: the alphabet repeated, served under Range requests as Go's file server does. */
class HttpbinRangeTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    private static HttpResponse<String> get(String path, String... headers) {
        return SERVER.client().get(path, headers);
    }

    @Test
    void withoutARangeTheWholeBodyComesWithItsTagAndAcceptRanges() {
        HttpResponse<String> r = get("/range/30");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(ALPHABET + "abcd");
        assertThat(r.headers().firstValue("ETag")).hasValue("range30");
        assertThat(r.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(r.headers().firstValue("Content-Length")).hasValue("30");
    }

    @Test
    void oneRangeIsAPartialResponse() {
        HttpResponse<String> r = get("/range/100", "Range", "bytes=10-24");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.body()).isEqualTo("klmnopqrstuvwxy");
        assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes 10-24/100");
        assertThat(r.headers().firstValue("Content-Length")).hasValue("15");
        assertThat(get("/range/26", "Range", "bytes=20-").body()).isEqualTo("uvwxyz");
        HttpResponse<String> suffix = get("/range/26", "Range", "bytes=-5");
        assertThat(suffix.body()).isEqualTo("vwxyz");
        assertThat(suffix.headers().firstValue("Content-Range")).hasValue("bytes 21-25/26");
        HttpResponse<String> cut = get("/range/26", "Range", "bytes=0-40");
        assertThat(cut.statusCode()).isEqualTo(206);
        assertThat(cut.headers().firstValue("Content-Range")).hasValue("bytes 0-25/26");
    }

    @Test
    void severalRangesAreAMultipartBodyWithEachPartsRange() {
        HttpResponse<String> r = get("/range/26", "Range", "bytes=0-1, 4-5");
        assertThat(r.statusCode()).isEqualTo(206);
        String type = r.headers().firstValue("Content-Type").orElseThrow();
        Matcher m = Pattern.compile("multipart/byteranges; boundary=([0-9a-f]{60})").matcher(type);
        assertThat(m.matches()).as(type).isTrue();
        String b = m.group(1);
        assertThat(r.body()).isEqualTo("--" + b + "\r\nContent-Range: bytes 0-1/26\r\nContent-Type: text/plain; "
                + "charset=utf-8\r\n\r\nab\r\n--" + b + "\r\nContent-Range: bytes 4-5/26\r\nContent-Type: text/plain; "
                + "charset=utf-8\r\n\r\nef\r\n--" + b + "--\r\n");
        assertThat(r.headers().firstValue("Content-Length")).hasValue(Integer.toString(r.body().length()));
    }

    @Test
    void rangesLargerThanTheBodyTogetherGetTheWholeBody() {
        HttpResponse<String> r = get("/range/26", "Range", "bytes=0-25,0-25");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(ALPHABET);
    }

    @Test
    void unsatisfiableAndMalformedRangesGet416() {
        HttpResponse<String> past = get("/range/26", "Range", "bytes=32-40");
        assertThat(past.statusCode()).isEqualTo(416);
        assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */26");
        for (String range : new String[] {"bytes=10-5", "items=0-1", "bytes=a-b", "bytes=5", "bytes=--1"}) {
            HttpResponse<String> r = get("/range/26", "Range", range);
            assertThat(r.statusCode()).as(range).isEqualTo(416);
            assertThat(r.headers().firstValue("Content-Range")).as(range).isEmpty();
        }
    }

    @Test
    void preconditionsAreThoseOfAnUnquotedTag() {
        // go-httpbin's tag is not a quoted entity tag, so Go never matches it: If-Range always yields the whole body.
        HttpResponse<String> ifRange = get("/range/26", "Range", "bytes=0-1", "If-Range", "\"range26\"");
        assertThat(ifRange.statusCode()).isEqualTo(200);
        assertThat(ifRange.body()).isEqualTo(ALPHABET);
        assertThat(get("/range/26", "If-Match", "\"range26\"").statusCode()).isEqualTo(412);
        assertThat(get("/range/26", "If-Match", "*").statusCode()).isEqualTo(200);
        assertThat(get("/range/26", "If-None-Match", "*").statusCode()).isEqualTo(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/range/", "/range/foo", "/range/1.5", "/range/-1", "/range/0", "/range/1048577"})
    void badCountsAreRefused(String path) {
        HttpbinTimingTest.assertJsonError(get(path), 400);
    }

    @Test
    void aCountOutOfRangeStillNamesItsTag() {
        assertThat(get("/range/0").headers().firstValue("ETag")).hasValue("range0");
    }

    @Test
    void theLargestBodyArrivesWhole() {
        String body = get("/range/1048576", "Range", "bytes=1048570-").body();
        assertThat(body).isEqualTo("qrstuv"); // 1048570 = 26 × 40329 + 16: the 17th letter
        String whole = get("/range/1048576").body();
        assertThat(whole).hasSize(1048576).startsWith(ALPHABET).endsWith("qrstuv");
    }

    @Test
    void headGivesTheLengthAndNoBody() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", SERVER.server().port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("HEAD /range/26 HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=0-4\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("HTTP/1.1 206 ").containsIgnoringCase("content-length: 5\r\n")
                    .endsWith("\r\n\r\n");
        }
    }
}

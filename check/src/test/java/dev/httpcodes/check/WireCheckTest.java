package dev.httpcodes.check;

import static dev.httpcodes.check.Checks.finding;
import static dev.httpcodes.check.Checks.live;
import static dev.httpcodes.check.Checks.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.check.fetch.FetchOptions;
import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.HopReport;
import dev.httpcodes.check.report.Paint;
import dev.httpcodes.check.report.ReportText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Responses no ordinary server sends, byte for byte from a socket: interim responses, framing faults, hostile text. */
class WireCheckTest {
    static CannedServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new CannedServer()
                .on("/early", "HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"
                        + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                .on("/early-bare", "HTTP/1.1 103 Early Hints\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                .on("/continue", "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                .on("/204", "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello")
                .on("/204te", "HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n")
                .on("/only-interim", "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n")
                .on("/switch", "HTTP/1.1 101 Switching Protocols\r\n\r\n")
                .on("/ssh", "SSH-2.0-OpenSSH_9.2\r\n")
                .on("/chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n")
                .on("/big", big())
                .on("/evil", "HTTP/1.1 404 \u001b[2J\u001b]0;owned\u0007\r\nX-Evil: a\u001b[31mred\u009b1m\r\n"
                        + "Content-Length: 4\r\n\r\n\u001b[1m")
                .on("/dates", "HTTP/1.1 503 Service Unavailable\r\nRetry-After: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
                        + "Content-Length: 0\r\n\r\n")
                .on("/dates850", "HTTP/1.1 429 Too Many Requests\r\nRetry-After: Sunday, 06-Nov-94 08:49:37 GMT\r\n"
                        + "Content-Length: 0\r\n\r\n")
                .on("/bad-location", "HTTP/1.1 302 Found\r\nLocation: /a path with spaces\r\nContent-Length: 0\r\n\r\n")
                .on("/problem-ok", problem("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}"))
                .on("/problem-bad", problem("[1,2]"))
                .on("/problem-text", problem("not json"))
                .on("/upgrade", "HTTP/1.1 302 Found\r\nLocation: https://127.0.0.1:1/\r\nContent-Length: 0\r\n\r\n")
                .on("/invalid", "HTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\n");
    }

    private static String problem(String body) {
        return "HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body;
    }

    private static byte[] big() {
        int size = 2 << 20;
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + size];
        System.arraycopy(head, 0, all, 0, head.length);
        java.util.Arrays.fill(all, head.length, all.length, (byte) 'x');
        return all;
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HopReport only(String path) throws InterruptedException {
        CheckReport r = live(server.url(path));
        assertThat(r.failure()).as(path).isEmpty();
        assertThat(r.hops()).hasSize(1);
        return r.hops().get(0);
    }

    @Test
    void earlyHintsAreRecordedAndLinted() throws Exception {
        HopReport h = only("/early");
        assertThat(h.hop().interim()).extracting(r -> r.status()).containsExactly(103);
        assertThat(h.hop().interim().get(0).headers().first("Link")).hasValue("</s.css>; rel=preload");
        assertThat(h.hop().status()).isEqualTo(200);
        assertThat(h.findings()).isEmpty();
        HopReport bare = only("/early-bare");
        assertThat(finding(bare, "early-hints-link").interim()).isEqualTo(103);
    }

    @Test
    void continueThatWasNotAskedFor() throws Exception {
        assertThat(finding(only("/continue"), "informational-unrequested").interim()).isEqualTo(100);
        CheckReport asked = live(server.url("/continue"), FetchOptions.get().withRequest("POST",
                List.of(new HeaderFields.Field("Expect", "100-continue")), "x".getBytes()));
        assertThat(rules(asked.hops().get(0))).doesNotContain("informational-unrequested");
    }

    @Test
    void contentAndFramingFieldsOnA204() throws Exception {
        HopReport h = only("/204");
        assertThat(rules(h)).contains("content-length-forbidden", "content-forbidden");
        assertThat(finding(h, "content-forbidden").message()).contains("5");
        assertThat(rules(only("/204te"))).contains("transfer-encoding-forbidden");
    }

    @Test
    void interimWithoutFinalAndSwitchingWithoutUpgrade() throws Exception {
        assertThat(rules(only("/only-interim"))).contains("informational-final");
        HopReport switching = only("/switch");
        assertThat(rules(switching)).contains("switching-protocols-upgrade").doesNotContain("informational-final");
    }

    @Test
    void notHttpIsAProtocolFailure() throws Exception {
        CheckReport r = live(server.url("/ssh"));
        assertThat(r.hops()).isEmpty();
        assertThat(r.failure().orElseThrow().kind()).isEqualTo("protocol");
        assertThat(r.failure().orElseThrow().detail()).contains("SSH-2.0");
    }

    @Test
    void stalledResponseTimesOut() throws Exception {
        // /stall never answers: without the 800 ms timeout this call would not return at all (the suite's hang
        // guard would end it), so a "timeout" failure is the proof, with no stopwatch.
        CheckReport r = live(server.url("/stall"), FetchOptions.get().withTimeout(Duration.ofMillis(800)));
        assertThat(r.failure().orElseThrow().kind()).isEqualTo("timeout");
    }

    @Test
    void chunkedBodyIsDecodedAndBigBodiesAreCapped() throws Exception {
        assertThat(new String(only("/chunked").hop().body(), StandardCharsets.UTF_8)).isEqualTo("hello world");
        HopReport big = only("/big");
        assertThat(big.hop().body()).hasSize(FetchOptions.DEFAULT_BODY_CAP);
        assertThat(big.hop().bodyTruncated()).isTrue();
    }

    @Test
    void serverTextNeverReachesTheTerminalRaw() throws Exception {
        CheckReport r = live(server.url("/evil"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportText.render(r, Checks.REGISTRY, Paint.NONE, new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\u001b", "\u0007", "\u009b").contains("\\x1b[2J");
    }

    @Test
    void retryAfterDatesInEveryAllowedForm() throws Exception {
        assertThat(rules(only("/dates"))).doesNotContain("retry-after-syntax", "retry-after-missing");
        assertThat(rules(only("/dates850"))).doesNotContain("retry-after-syntax");
    }

    @Test
    void locationThatIsNotAUriReference() throws Exception {
        assertThat(finding(only("/bad-location"), "location-syntax").message()).contains("/a path with spaces");
    }

    @Test
    void problemDetails() throws Exception {
        assertThat(rules(only("/problem-ok"))).doesNotContain("problem-json-invalid", "problem-json-status",
                "problem-json-member-type");
        assertThat(rules(only("/problem-bad"))).contains("problem-json-invalid");
        assertThat(rules(only("/problem-text"))).contains("problem-json-invalid");
    }

    @Test
    void upgradeToHttpsThatFails() throws Exception {
        CheckReport r = live(server.url("/upgrade"));
        assertThat(r.hops()).hasSize(1);
        assertThat(r.failure().orElseThrow().kind()).isEqualTo("refused");
    }

    @Test
    void invalidStatus() throws Exception {
        HopReport h = only("/invalid");
        assertThat(rules(h)).contains("status-invalid").doesNotContain("status-unknown", "status-unregistered");
    }

    @Test
    void refusedAndUnresolvable() throws Exception {
        int closed = LocalWebServer.closedPort();
        assertThat(live("http://127.0.0.1:" + closed + "/").failure().orElseThrow().kind()).isEqualTo("refused");
        assertThat(live("http://no-such-host.invalid/").failure().orElseThrow().kind()).isEqualTo("dns");
    }
}

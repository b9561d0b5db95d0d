package dev.httpcodes.check;

import static dev.httpcodes.check.Checks.finding;
import static dev.httpcodes.check.Checks.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.httpcodes.check.http.Chain;
import dev.httpcodes.check.input.CurlTranscriptReader;
import dev.httpcodes.check.input.HarReader;
import dev.httpcodes.check.input.InputException;
import dev.httpcodes.check.input.InputFiles;
import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.HopReport;
import dev.httpcodes.core.Lang;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** HAR files and curl transcripts, made here: by curl against a local nginx, and by hand for what curl cannot show. */
class OfflineInputTest {
    @TempDir
    static Path dir;
    static LocalWebServer nginx;

    @BeforeAll
    static void start() throws Exception {
        if (Files.isExecutable(LocalWebServer.NGINX)) {
            nginx = LocalWebServer.nginx(dir, String.join("\n",
                    "location = /a { return 301 /b; }",
                    "location = /b { return 401; }"));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
    }

    private static CheckReport raw(String text) throws InputException {
        Chain chain = CurlTranscriptReader.read("t", text.getBytes(StandardCharsets.ISO_8859_1));
        return Checks.CHECKER.report("raw", "t", chain, Lang.EN);
    }

    private static String curl(String... args) throws Exception {
        Path curl = Path.of("/usr/bin/curl");
        assumeTrue(Files.isExecutable(curl), "curl is not installed (/usr/bin/curl)");
        assumeTrue(nginx != null, "nginx is not installed (" + LocalWebServer.NGINX + ")");
        List<String> command = new java.util.ArrayList<>(List.of(curl.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void curlIncludeTranscriptOfARedirectChain() throws Exception {
        CheckReport r = raw(curl("-s", "-i", "-L", nginx.url("/a")));
        assertThat(r.hops()).extracting(h -> h.hop().status()).containsExactly(301, 401);
        assertThat(r.hops().get(1).hop().url()).isEqualTo(nginx.url("/b"));
        assertThat(rules(r.hops().get(1))).contains("www-authenticate-missing");
        assertThat(r.hops().get(1).producedBy().id()).hasValue("nginx");
    }

    @Test
    void curlVerboseTranscriptKnowsTheRequest() throws Exception {
        CheckReport r = raw(curl("-s", "-v", "-L", "-X", "GET", nginx.url("/a")));
        assertThat(r.hops()).extracting(h -> h.hop().url()).containsExactly(nginx.url("/a"), nginx.url("/b"));
        assertThat(r.hops()).extracting(h -> h.hop().method()).containsExactly("GET", "GET");
        assertThat(r.hops().get(0).hop().requestHeaders().first("User-Agent").orElseThrow()).startsWith("curl/");
        HopReport last = r.hops().get(1);
        assertThat(rules(last)).contains("www-authenticate-missing");
        assertThat(new String(last.hop().body(), StandardCharsets.ISO_8859_1)).contains("<center>nginx/");
    }

    @Test
    void handWrittenVerboseTranscriptWithInterimResponses() throws Exception {
        String t = String.join("\n",
                "*   Trying 192.0.2.10:443...",
                "* Connected to api.example (192.0.2.10) port 443",
                "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384",
                "> POST /upload HTTP/1.1",
                "> Host: api.example",
                "> Expect: 100-continue",
                ">",
                "< HTTP/1.1 100 Continue",
                "<",
                "< HTTP/1.1 103 Early Hints",
                "<",
                "< HTTP/1.1 302 Found",
                "< Location: /done",
                "< Content-Length: 0",
                "<",
                "* Connection #0 to host api.example left intact");
        CheckReport r = raw(t);
        HopReport h = r.hops().get(0);
        assertThat(h.hop().url()).isEqualTo("https://api.example/upload");
        assertThat(h.hop().interim()).extracting(x -> x.status()).containsExactly(100, 103);
        assertThat(rules(h)).contains("early-hints-link", "redirect-method-change")
                .doesNotContain("informational-unrequested");
    }

    @Test
    void transcriptEndingInAnInterimResponse() throws Exception {
        CheckReport r = raw("HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n");
        assertThat(rules(r.hops().get(0))).contains("informational-final");
    }

    @Test
    void contentAfterA204InATranscript() throws Exception {
        CheckReport r = raw("HTTP/1.1 204 No Content\r\nServer: x\r\n\r\nleftover\r\n");
        assertThat(finding(r.hops().get(0), "content-forbidden").message()).contains("8");
    }

    @Test
    void somethingThatIsNotATranscript() {
        assertThatThrownBy(() -> raw("hello\nworld\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("no HTTP response");
    }

    private static byte[] har(ArrayNode entries) {
        ObjectNode root = JsonMapper.builder().build().createObjectNode();
        root.putObject("log").put("version", "1.2").set("entries", entries);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode entry(ArrayNode entries, String method, String url, int status, String... headers) {
        ObjectNode e = entries.addObject();
        e.put("time", 42.5);
        e.putObject("request").put("method", method).put("url", url).put("httpVersion", "HTTP/2.0")
                .putArray("headers");
        ObjectNode response = e.putObject("response").put("status", status).put("statusText", "")
                .put("httpVersion", "h2").put("redirectURL", "");
        ArrayNode h = response.putArray("headers");
        h.addObject().put("name", ":status").put("value", Integer.toString(status));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.addObject().put("name", headers[i]).put("value", headers[i + 1]);
        }
        response.putObject("content").put("size", 0).put("mimeType", "text/html");
        e.putObject("timings").put("blocked", -1).put("dns", 3.0).put("connect", 20.0).put("ssl", 12.0)
                .put("send", 0.1).put("wait", 15.0).put("receive", 1.0);
        return e;
    }

    @Test
    void harFileWithAChain() throws Exception {
        ArrayNode entries = JsonMapper.builder().build().createArrayNode();
        entry(entries, "POST", "https://shop.example/cart", 301, "location", "/basket");
        entry(entries, "GET", "https://shop.example/basket", 401);
        ObjectNode problem = entry(entries, "GET", "https://shop.example/api", 404, "content-type",
                "application/problem+json");
        ((ObjectNode) problem.path("response").path("content")).put("encoding", "base64")
                .put("text", Base64.getEncoder().encodeToString("{\"status\":410}".getBytes(StandardCharsets.UTF_8)));
        CheckReport r = Checks.CHECKER.report("har", "x.har", HarReader.read("x.har", har(entries)), Lang.EN);
        assertThat(r.hops()).hasSize(3);
        assertThat(rules(r.hops().get(0))).contains("redirect-method-change");
        assertThat(rules(r.hops().get(1))).contains("www-authenticate-missing");
        assertThat(rules(r.hops().get(2))).contains("problem-json-status");
        var t = r.hops().get(0).hop().timings();
        assertThat(t.source()).isEqualTo("har");
        assertThat(t.dnsMs()).isEqualTo(3.0);
        assertThat(t.connectMs()).isEqualTo(8.0);
        assertThat(t.tlsMs()).isEqualTo(12.0);
        assertThat(t.firstByteMs()).isEqualTo(15.0);
        assertThat(r.hops().get(0).hop().protocol()).isEqualTo("HTTP/2");
        assertThat(r.hops().get(0).hop().headers().has(":status")).isFalse();
        assertThat(r.hops().get(0).hop().interimVisible()).isFalse();
    }

    @Test
    void badHarFiles() {
        assertThatThrownBy(() -> HarReader.read("a.har", "{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class).hasMessageStartingWith("a.har: not JSON");
        assertThatThrownBy(() -> HarReader.read("b.har", "{\"log\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class).hasMessageContaining("no log.entries");
        assertThatThrownBy(() -> HarReader.read("c.har", "{\"log\":{\"entries\":[{}]}}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(InputException.class)
                .hasMessageContaining("entry 0");
        assertThatThrownBy(() -> HarReader.read("d.har", "{\"log\":{\"entries\":[]}}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(InputException.class)
                .hasMessageContaining("no entries");
    }

    @Test
    void inputFilesAreCappedAndMissingOnesNamed() throws Exception {
        assertThatThrownBy(() -> InputFiles.read(dir.resolve("missing.har").toString(), null))
                .isInstanceOf(InputException.class).hasMessageEndingWith("no such file");
        byte[] huge = new byte[InputFiles.MAX_BYTES + 1];
        assertThatThrownBy(() -> InputFiles.read("-", new ByteArrayInputStream(huge)))
                .isInstanceOf(InputException.class).hasMessageContaining("larger than");
        assertThat(InputFiles.read("-", new ByteArrayInputStream("x".getBytes()))).containsExactly('x');
    }
}

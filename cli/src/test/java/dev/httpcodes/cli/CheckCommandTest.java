package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.httpcodes.server.HttpcodesServer;
import dev.httpcodes.server.ServerConfig;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code httpcodes check}: exit codes, JSON against its schema, colour and language, offline inputs. */
class CheckCommandTest {
    @TempDir
    static Path dir;
    static HttpcodesServer server;
    static Path unauthorized;

    @BeforeAll
    static void start() throws Exception {
        server = HttpcodesServer.start(ServerConfig.ephemeral());
        unauthorized = dir.resolve("401.txt");
        Files.writeString(unauthorized, "HTTP/1.1 401 Unauthorized\r\nServer: nginx/1.22.1\r\nContent-Length: 0\r\n\r\n",
                StandardCharsets.ISO_8859_1);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static JsonNode validJson(String text) throws Exception {
        JsonNode doc = JsonMapper.builder().build().readTree(text);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(
                Path.of(System.getProperty("docs.dir", "../docs")).resolve("check-report.schema.json")),
                InputFormat.JSON);
        assertThat(schema.validate(doc)).as(text).isEmpty();
        return doc;
    }

    @Test
    void aCleanChainExitsZero() throws Exception {
        // Two hops that end at a 200 of the server's own (go-httpbin's /redirect/{n} ends at /get instead).
        Run run = Run.of("check", "--json", url("/redirect-to?url=%2Fredirect-to%3Furl%3D%252F200"));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = validJson(run.out());
        assertThat(doc.path("hops")).hasSize(3);
        assertThat(doc.path("hops").get(2).path("status").asInt()).isEqualTo(200);
        assertThat(doc.path("hops").get(0).path("timings").path("connectMs").isNumber()).isTrue();
        assertThat(doc.path("summary").path("errors").asInt()).isZero();
    }

    @Test
    void errorFindingsExitFour() throws Exception {
        Run run = Run.of("check", "--json", "--raw", unauthorized.toString());
        assertThat(run.exit()).isEqualTo(CheckCommand.ERROR_FINDINGS);
        JsonNode doc = validJson(run.out());
        JsonNode hop = doc.path("hops").get(0);
        assertThat(hop.path("producedBy").path("name").asString()).isEqualTo("nginx");
        assertThat(hop.path("findings").findValuesAsString("rule")).contains("www-authenticate-missing");
        assertThat(doc.path("input").path("kind").asString()).isEqualTo("raw");
    }

    @Test
    void networkFailureExitsThreeInOneLine() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Run run = Run.of("check", "http://127.0.0.1:" + closed + "/");
        assertThat(run.exit()).isEqualTo(CheckCommand.NETWORK_FAILURE);
        assertThat(run.out().lines().filter(l -> l.startsWith("✗ "))).hasSize(1);
        Run json = Run.of("check", "--json", "http://127.0.0.1:" + closed + "/");
        assertThat(validJson(json.out()).path("failure").path("kind").asString()).isEqualTo("refused");
    }

    @Test
    void usageErrorsExitTwo() {
        for (String[] args : new String[][] {{"check"}, {"check", "ftp://example.com/"}, {"check", "not a url"},
                {"check", "--har", "x.har", url("/")}, {"check", "--max-redirects", "-1", url("/")},
                {"check", "--timeout", "0", url("/")}, {"check", "-H", "no colon", url("/")},
                {"check", "-X", "G T", url("/")}, {"check", "--har", dir.resolve("missing.har").toString()},
                {"check", "--max-redirects", "many", url("/")}}) {
            Run run = Run.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("httpcodes: ").doesNotContain("Exception");
        }
    }

    @Test
    void textIsColouredOnATerminalAndTranslated() {
        Run tty = Run.of(Run.TTY, "check", "--raw", unauthorized.toString());
        assertThat(tty.out()).contains("\u001b[1;33m401\u001b[0m", "www-authenticate-missing");
        Run zh = Run.of("check", "--lang", "zh", "--raw", unauthorized.toString());
        assertThat(zh.out()).contains(dev.httpcodes.core.Registry.standard().find(401).get(0).title().zh()).doesNotContain("\u001b[");
    }

    @Test
    void helpListsTheExitCodes() {
        Run run = Run.of("check", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--max-redirects", "--har", "--raw", "3", "4");
    }
}

package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A catalogue of one's own ({@code --knowledge DIR}, {@code HTTPCODES_KNOWLEDGE}) in lookups, logs and serve. */
class CatalogueTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;
    Path catalogue;

    @BeforeEach
    void writeCatalogue() throws IOException {
        catalogue = temp.resolve("ours");
        Files.createDirectories(catalogue.resolve("team"));
        Files.writeString(catalogue.resolve("team/799.yaml"), """
                id: "799"
                code: 799
                phrase: "Quota Exhausted"
                standing: unofficial
                title: {zh: "配额用尽", en: "Quota exhausted"}
                summary: {zh: "内部网关的配额已经用完。", en: "The internal gateway's quota is used up."}
                description:
                  zh: "我们的网关在租户配额用尽时返回 799，见 `quota.yaml`。"
                  en: "Our gateway answers 799 when a tenant's quota is used up; see `quota.yaml`."
                misconceptions:
                  - zh: "799 不是 HTTP 标准码，客户端应按 5xx 处理。"
                    en: "799 is not an HTTP code; clients treat it as a 5xx."
                references: [{label: "Team wiki", url: "https://wiki.example.org/799"}]
                related: ["429"]
                keywords: {zh: ["配额"], en: ["quota"]}
                """);
    }

    @Test
    void aCustomCodeIsShownWithTheOption() {
        Run run = Run.of("--knowledge", catalogue.toString(), "799");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("799 Quota Exhausted", "see quota.yaml", "Common misconceptions",
                "799 is not an HTTP code");
        assertThat(run.out()).doesNotContain("`");
        Run standard = Run.of("--knowledge=" + catalogue, "404");
        assertThat(standard.exit()).isZero();
        assertThat(standard.out()).startsWith("404 Not Found");
    }

    @Test
    void withoutTheCatalogueTheCodeIsUnknown() {
        assertThat(Run.of("799").exit()).isEqualTo(ExitCode.NOTHING_FOUND);
    }

    @Test
    void theEnvironmentVariableWorksLikeTheOptionAndJsonKeepsTheMarkup() throws Exception {
        Environment env = new Environment(Map.of("LANG", "en_US.UTF-8", "HTTPCODES_KNOWLEDGE",
                catalogue.toString()), false);
        Run run = Run.of(env, "--json", "799");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode entry = JSON.readTree(run.out()).get(0);
        assertThat(entry.path("id").asString()).isEqualTo("799");
        assertThat(entry.path("description").asString()).contains("`quota.yaml`");
        assertThat(entry.path("misconceptions").get(0).asString()).isEqualTo(
                "799 is not an HTTP code; clients treat it as a 5xx.");
        Run listed = Run.of(env, "list", "invalid");
        assertThat(listed.out()).contains("799");
    }

    @Test
    void theLogAnalyzerNamesTheCustomCode() throws Exception {
        Path log = temp.resolve("access.log");
        Files.writeString(log, String.join("\n",
                "10.0.0.1 - - [02/Dec/2026:07:00:00 +0000] \"GET /a HTTP/1.1\" 200 10 \"-\" \"t\"",
                "10.0.0.2 - - [02/Dec/2026:07:00:01 +0000] \"GET /b HTTP/1.1\" 799 10 \"-\" \"t\"",
                "10.0.0.2 - - [02/Dec/2026:07:00:02 +0000] \"GET /b HTTP/1.1\" 799 10 \"-\" \"t\"", ""));
        Run run = Run.of("--knowledge", catalogue.toString(), "logs", "--json", log.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"Quota Exhausted\"");
        Run without = Run.of("logs", "--json", log.toString());
        assertThat(without.out()).doesNotContain("Quota Exhausted");
    }

    @Test
    void anInvalidFileIsRejectedWithFileAndLineAndExitCode2() throws IOException {
        Files.writeString(catalogue.resolve("team/798.yaml"), """
                id: "798"
                code: 798
                phrase: "Broken"
                standing: unofficial
                title: {zh: "坏的", en: "Broken"}
                summary: {zh: "一句话。", en: "One line."}
                description:
                  zh: 例如 #include 被当作注释
                  en: "Text."
                references: [{label: "x", url: "https://example.org/"}]
                keywords: {zh: [], en: []}
                colour: red
                """);
        Run run = Run.of("--knowledge", catalogue.toString(), "799");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("httpcodes: cannot use the catalogue in " + catalogue)
                .contains("team/798.yaml:8: a comment after a value", "team/798.yaml:8: text at /description/zh",
                        "team/798.yaml:12: property 'colour' is not defined")
                .doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anIdThatRepeatsAStandardOneIsRejected() throws IOException {
        Files.writeString(catalogue.resolve("team/799.yaml"), Files.readString(catalogue.resolve("team/799.yaml"))
                .replace("id: \"799\"", "id: \"404\"").replace("code: 799", "code: 404"));
        Files.move(catalogue.resolve("team/799.yaml"), catalogue.resolve("team/404.yaml"));
        Run run = Run.of("--knowledge", catalogue.toString(), "404");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("team/404.yaml:1: id 404 is already a standard entry");
    }

    @Test
    void aMissingFolderOrValueIsAUsageError() {
        Run missing = Run.of("--knowledge", temp.resolve("nope").toString(), "404");
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("not a directory");
        Run noValue = Run.of("404", "--knowledge");
        assertThat(noValue.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noValue.err()).contains("--knowledge");
    }

    @Test
    void serveShowsTheCustomCodeOnThePageAndInTheApi() throws Exception {
        Pattern address = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--knowledge",
                catalogue.toString(), "serve", "--port", "0", "--access-log", "off")).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8));
            String line = err.readLine();
            for (int i = 0; i < 5 && line != null && !address.matcher(line).find(); i++) {
                line = err.readLine();
            }
            Matcher m = address.matcher(line == null ? "" : line);
            assertThat(m.find()).as("address line: %s", line).isTrue();
            String base = "http://127.0.0.1:" + m.group(1);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/en/codes/799"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Quota Exhausted", "<code>quota.yaml</code>",
                    "799 is not an HTTP code");
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/codes/799"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).contains("\"Quota Exhausted\"");
        } finally {
            process.toHandle().destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}

package dev.httpcodes.logs.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three renderings of one report: text, JSON (statusCounts first of all), and HTML in a real browser. */
class ReportsTest {
    @TempDir
    static Path dir;
    static LogReport en;
    static LogReport zh;

    @BeforeAll
    static void report() throws Exception {
        Path log = dir.resolve("a.log");
        Files.writeString(log, String.join("\n",
                "1.1.1.1 - - [27/Nov/2026:10:00:00 +0000] \"GET /<script>alert(1)</script> HTTP/1.1\" 404 5 \"-\" \"<b>ua</b>\"",
                "1.1.1.1 - - [27/Nov/2026:10:00:01 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"ua\"",
                "2.2.2.2 - - [27/Nov/2026:10:00:02 +0000] \"GET /api HTTP/1.1\" 499 0 \"-\" \"ua\"",
                "bad line") + "\n");
        LogAnalyzer.LogStatsResult result = new LogAnalyzer(new AnalyzerOptions(Optional.empty(), Optional.empty(),
                Optional.empty(), 1)).analyze(List.of(LogAnalyzer.open(log.toString(), null)), r -> { });
        en = LogReport.of(result, Registry.standard(), Lang.EN);
        zh = LogReport.of(result, Registry.standard(), Lang.ZH);
    }

    @Test
    void jsonHasStatusCountsAndTheDocumentedFields() {
        JsonNode doc = JsonMapper.builder().build().readTree(ReportJson.render(en));
        assertThat(doc.path("statusCounts").path("404").asLong()).isEqualTo(1);
        assertThat(doc.path("statusCounts").path("200").asLong()).isEqualTo(1);
        assertThat(doc.path("statusCounts").size()).isEqualTo(3);
        assertThat(doc.path("lines").asLong()).isEqualTo(3);
        assertThat(doc.path("malformed").asLong()).isEqualTo(1);
        assertThat(doc.path("malformedSamples").get(0).asString()).endsWith("a.log:4: bad line");
        assertThat(doc.path("errors").get(0).path("code").asString()).isIn("404", "499");
        assertThat(doc.path("timeSeries").path("bucketSeconds").asLong()).isEqualTo(60);
        JsonNode nginx = doc.path("codes").get(2);
        assertThat(nginx.path("code").asString()).isEqualTo("499");
        assertThat(nginx.path("vendor").asString()).isEqualTo("nginx");
        assertThat(nginx.path("titleZh").asString()).isEqualTo(Registry.standard().getById("499").title().zh());
    }

    private static com.networknt.schema.Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(
                Path.of(System.getProperty("docs.dir", "../docs")).resolve("log-report.schema.json")), InputFormat.JSON);
    }

    private static LogReport reportOf(Path file) throws Exception {
        return LogReport.of(new LogAnalyzer(new AnalyzerOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                2)).analyze(List.of(LogAnalyzer.open(file.toString(), null)), r -> { }), Registry.standard(), Lang.EN);
    }

    @Test
    void jsonReportsOfEveryKindMatchTheDocumentedSchema() throws Exception {
        var schema = schema();
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(schema.validate(mapper.readTree(ReportJson.render(en)))).isEmpty();
        assertThat(schema.validate(mapper.readTree(ReportJson.render(zh)))).isEmpty();
        // Empty: no times (nulls), no codes, no buckets.
        Path empty = dir.resolve("empty.log");
        Files.writeString(empty, "");
        LogReport none = reportOf(empty);
        assertThat(none.lines).isZero();
        assertThat(schema.validate(mapper.readTree(ReportJson.render(none)))).isEmpty();
        // Stopped early, with an over-long line among the samples and IIS sub-statuses among the codes.
        StringBuilder iis = new StringBuilder("#Fields: date time c-ip cs-uri-stem sc-status sc-substatus\n");
        for (int i = 0; i < 20_000; i++) {
            iis.append("2026-11-27 09:").append(10 + i % 50).append(":00 192.0.2.").append(i % 200).append(" /p")
                    .append(i).append(i % 3 == 0 ? " 403 14\n" : " 200 0\n");
        }
        iis.append("2026-11-27 09:00:00 192.0.2.1 /").append("x".repeat(70_000)).append(" 200 0\n");
        var bytes = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(iis.toString().getBytes(StandardCharsets.UTF_8));
            gz.write(iis.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path cut = dir.resolve("u_ex.log.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() * 3 / 4));
        LogReport stopped = reportOf(cut);
        assertThat(stopped.incomplete).hasSize(1);
        assertThat(stopped.statusCounts).containsKey("403.14");
        assertThat(stopped.malformedSamples).anySatisfy(m -> assertThat(m).contains("[> 65536 B]"));
        JsonNode doc = mapper.readTree(ReportJson.render(stopped));
        assertThat(schema.validate(doc)).isEmpty();
        // The schema is really applied: a report without its status counts, or with a count as text, is refused.
        var broken = (tools.jackson.databind.node.ObjectNode) doc.deepCopy();
        broken.remove("statusCounts");
        assertThat(schema.validate(broken)).isNotEmpty();
        var wrongType = (tools.jackson.databind.node.ObjectNode) doc.deepCopy();
        wrongType.put("lines", "many");
        assertThat(schema.validate(wrongType)).isNotEmpty();
    }

    @Test
    void textNamesCodesInTheChosenLanguage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportText.render(zh, new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("404", Registry.standard().getById("404").title().zh(),
                Registry.standard().getById("404").summary().zh(), "bad line");
    }

    @Test
    void htmlIsSelfContainedAndEscapesWhatTheLogSays() throws Exception {
        String html = ReportHtml.render(en);
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("link[href], img[src]")).isEmpty();
        assertThat(d.select("svg")).hasSize(2);
        assertThat(d.select("h1")).hasSize(1);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>ua</b>");
        assertThat(d.text()).contains("/<script>alert(1)</script>");
    }

    @Test
    void htmlRendersInChromiumWithoutConsoleErrors() throws Exception {
        Path driverPath = Path.of("/usr/bin/chromedriver");
        boolean installed = Files.isExecutable(driverPath) && Files.isExecutable(Path.of("/usr/bin/chromium"));
        if (System.getenv("CI") != null) {
            assertThat(installed).as("chromium and chromium-driver are installed by .ci/run").isTrue();
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        Path file = dir.resolve("report.html");
        Files.writeString(file, ReportHtml.render(zh));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("httpcodes-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(driverPath.toFile()).usingAnyFreePort().build(), options);
        try {
            driver.get(file.toUri().toString());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("httpcodes");
            assertThat(driver.findElements(By.cssSelector("svg rect"))).isNotEmpty();
            List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
            assertThat(problems).isEmpty();
        } finally {
            driver.quit();
        }
    }
}

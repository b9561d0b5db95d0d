package dev.httpcodes.logs.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
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

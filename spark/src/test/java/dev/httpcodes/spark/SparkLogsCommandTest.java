package dev.httpcodes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.report.LogReport;
import dev.httpcodes.logs.report.ReportJson;
import dev.httpcodes.logs.report.ReportText;
import dev.httpcodes.logs.samples.AlbSampleLog;
import dev.httpcodes.logs.samples.PlainServerSample;
import dev.httpcodes.logs.samples.SampleRun;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line of {@code httpcodes logs --spark}: the reports on standard output and in the HTML file, the exit
 * codes, and a one-line message with exit code 2 for each kind of bad input (most caught before Spark starts).
 */
class SparkLogsCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkLogs.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheAnalyzersReportsAndAnHtmlFile() throws Exception {
        Path alb = dir.resolve("alb.log.gz");
        Path combined = dir.resolve("access.log");
        SampleRun.file(AlbSampleLog.alb(), alb, 800, 3, true);
        SampleRun.file(PlainServerSample.COMBINED, combined, 800, 4, false);
        Path html = dir.resolve("report.html");
        Run json = run("--spark", "local[2]", "--json", "--lang", "en", "--html", html.toString(), alb.toString(),
                combined.toString());
        LogAnalyzer.LogStatsResult single = new LogAnalyzer(new AnalyzerOptions(Optional.empty(), Optional.empty(),
                Optional.empty(), 2)).analyze(List.of(LogAnalyzer.open(alb.toString(), InputStream.nullInputStream()),
                        LogAnalyzer.open(combined.toString(), InputStream.nullInputStream())), n -> { });
        LogReport report = LogReport.of(single, Registry.standard(), Lang.EN);
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out().strip()).isEqualTo(ReportJson.render(report).strip());
        assertThat(Files.readString(html)).contains("<html").contains("502");

        Run text = run("--spark", "local[2]", "--lang", "en", alb.toString(), combined.toString());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ReportText.render(report, new PrintStream(expected, true, StandardCharsets.UTF_8));
        assertThat(text.code()).isZero();
        assertThat(text.out()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTruncatedGzipIsReportedAndExitsThree() throws Exception {
        Path whole = dir.resolve("whole.log.gz");
        SampleRun.file(PlainServerSample.COMBINED, whole, 3000, 8, true);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.log.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path missing = dir.resolve("missing.log");
        Run run = run("--spark", "local[2]", "--json", cut.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(cut + ": truncated").contains("the report covers what was read");
        assertThat(run.out()).contains("\"lines\"");

        Run none = run("--spark", "local[2]", missing.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err().strip()).isEqualTo("httpcodes: " + missing + ": no such file");
        assertThat(none.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--threads|4|--threads: a Spark job runs one task per core",
        "--status|abc|--status: \"abc\" is not a status class",
        "--since|yesterday|--since",
        "--producer|nobody|--producer must be proxy or upstream",
        "--format|nope|unknown format \"nope\"",
        "--max-line|10|--max-line must be 256-"})
    void badOptionsExitTwoWithOneLineNamingThem(String option, String value, String message) {
        Run run = run("--spark", "local[1]", option, value, "access.log");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("httpcodes: ").contains(message).doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void followAndStandardInputAreRefused() {
        Run follow = run("--spark", "local[1]", "--follow", "access.log");
        assertThat(follow.code()).isEqualTo(2);
        assertThat(follow.err()).contains("--follow");
        Run unknownOption = run("--spark", "local[1]", "--no-such-option", "access.log");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).startsWith("httpcodes: ").contains("--no-such-option");
    }
}

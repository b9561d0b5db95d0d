package dev.httpcodes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.LogInputException;
import dev.httpcodes.logs.filter.RecordFilter;
import dev.httpcodes.logs.report.LogReport;
import dev.httpcodes.logs.report.ReportJson;
import dev.httpcodes.logs.samples.AlbSampleLog;
import dev.httpcodes.logs.samples.CloudFrontSample;
import dev.httpcodes.logs.samples.HaproxySample;
import dev.httpcodes.logs.samples.NginxUpstreamSampleLog;
import dev.httpcodes.logs.samples.PlainServerSample;
import dev.httpcodes.logs.samples.SampleLog;
import dev.httpcodes.logs.samples.SampleRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Equality first: on the same generated logs (several formats, plain and gzip, several files, plain files split
 * into many ranges), the Spark job with {@code local[2]} gives the same JSON report as {@code httpcodes logs}'s
 * analyzer, field for field: counts, who produced each status, top values, latency percentiles, malformed samples
 * with their line numbers. One Spark context serves the class.
 */
class SparkEqualityTest {
    /** Small ranges, so that every plain file here is read by several tasks. */
    static final long SPLIT = 48 * 1024;
    static JavaSparkContext sc;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("httpcodes-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set(SparkAnalysis.SPLIT_BYTES, Long.toString(SPLIT)));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    private record Sample(String file, SampleLog log, boolean gzip, int records) {
    }

    @Test
    void manyFormatsPlainAndGzipGiveTheSameReport() throws Exception {
        List<Sample> samples = List.of(new Sample("combined.log", PlainServerSample.COMBINED, false, 3000),
                new Sample("combined-2.log.gz", PlainServerSample.COMBINED, true, 2000),
                new Sample("alb-1.log.gz", AlbSampleLog.alb(), true, 1500),
                new Sample("alb-2.log.gz", AlbSampleLog.alb(), true, 1500),
                new Sample("alb-plain.log", AlbSampleLog.alb(), false, 1500),
                new Sample("upstream.log", new NginxUpstreamSampleLog(), false, 2500),
                new Sample("iis.log", PlainServerSample.IIS_W3C, false, 2500),
                new Sample("access.jsonl", PlainServerSample.JSON, false, 2000),
                new Sample("cloudfront.gz", new CloudFrontSample(), true, 1200),
                new Sample("haproxy.log", new HaproxySample(), false, 2000));
        List<String> names = new ArrayList<>();
        long seed = 1;
        for (Sample s : samples) {
            Path file = dir.resolve(s.file());
            SampleRun.file(s.log(), file, s.records(), seed++, s.gzip());
            names.add(file.toString());
        }
        for (Sample s : samples) {
            if (!s.gzip()) {
                assertThat(Files.size(dir.resolve(s.file()))).as(s.file()).isGreaterThan(2 * SPLIT);
            }
        }
        assertSameReports(names, options());
    }

    @Test
    void malformedLinesPastTheFirstRangeAreNumberedInTheirFile() throws Exception {
        Path file = dir.resolve("late-malformed.log");
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            if (i % 700 == 699) {
                log.append("not a log line ").append(i).append('\n');
            } else {
                log.append("192.0.2.").append(i % 200).append(" - - [03/Dec/2026:10:").append(String.format("%02d",
                        i % 60)).append(":00 +0000] \"GET /p/").append(i % 37).append(" HTTP/1.1\" ")
                        .append(i % 9 == 0 ? 503 : 200).append(" 512 \"-\" \"agent/").append(i % 5).append("\"\n");
            }
        }
        Files.writeString(file, log, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(4 * SPLIT);
        JsonNode spark = assertSameReports(List.of(file.toString()), options());
        assertThat(spark.toString()).contains(file + ":700: not a log line 699");
    }

    @Test
    void filtersAreAppliedByEveryTaskAsByTheAnalyzer() throws Exception {
        Path file = dir.resolve("filtered.log");
        SampleRun.file(AlbSampleLog.alb(), file, 2500, 99, false);
        JobOptions job = new JobOptions(null, null, null, AnalyzerOptions.DEFAULT_MAX_LINE, "5xx,460", null, null,
                "/", null, null, Instant.now().getEpochSecond());
        JsonNode report = assertSameReports(List.of(file.toString()), job);
        assertThat(report.toString()).contains("--status 5xx,460");
    }

    @Test
    void aFileWithoutAKnownFormatStopsTheRunWithTheAnalyzersMessage() throws Exception {
        Path file = dir.resolve("unknown.txt");
        Files.writeString(file, "hello\nworld\n");
        String expected = null;
        try {
            new LogAnalyzer(analyzerOptions(options(), 2)).analyze(
                    List.of(LogAnalyzer.open(file.toString(), InputStream.nullInputStream())), n -> { });
        } catch (LogInputException e) {
            expected = e.getMessage();
        }
        assertThat(expected).isNotNull();
        String message = null;
        try {
            SparkAnalysis.run(sc, List.of(file.toString()), options());
        } catch (LogInputException e) {
            message = e.getMessage();
        }
        assertThat(message).isEqualTo(expected);
    }

    static JobOptions options() {
        return new JobOptions(null, null, null, AnalyzerOptions.DEFAULT_MAX_LINE, null, null, null, null, null, null,
                Instant.now().getEpochSecond());
    }

    static AnalyzerOptions analyzerOptions(JobOptions job, int threads) {
        RecordFilter filter = job.filter();
        return new AnalyzerOptions(job.chosenFormat(), Optional.ofNullable(job.nginxFormat()),
                Optional.ofNullable(job.jsonFields()), threads, job.maxLine(), filter);
    }

    /** Runs both; asserts their JSON reports are equal; returns the Spark job's. */
    private static JsonNode assertSameReports(List<String> names, JobOptions job) throws LogInputException,
            IOException {
        List<LogAnalyzer.Input> inputs = new ArrayList<>();
        for (String n : names) {
            inputs.add(LogAnalyzer.open(n, InputStream.nullInputStream()));
        }
        JsonNode single = json(new LogAnalyzer(analyzerOptions(job, 2)).analyze(inputs, n -> { }));
        JsonNode spark = json(SparkAnalysis.run(sc, names, job));
        assertThat(single.path("lines").asLong()).isPositive();
        assertThat(fields(spark)).isEqualTo(fields(single));
        assertThat(spark).isEqualTo(single);
        return spark;
    }

    private static JsonNode json(LogAnalyzer.LogStatsResult result) {
        return JSON.readTree(ReportJson.render(LogReport.of(result, Registry.standard(), Lang.EN)));
    }

    /** Top-level field → its JSON, so that a difference names the field that differs. */
    private static Map<String, String> fields(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().toString()));
        return out;
    }
}

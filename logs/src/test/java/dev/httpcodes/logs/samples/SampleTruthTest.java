package dev.httpcodes.logs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LogFormat;
import dev.httpcodes.logs.report.LogReport;
import dev.httpcodes.logs.report.ReportJson;
import dev.httpcodes.logs.stats.TopCounter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample generator's log (plain and gzip, several blocks, on 1 and 4 threads) is counted as its generator says:
 * statuses, records without a status, bad lines, and who produced each status; the whole JSON report is the same on
 * any number of threads; and each sample is detected as its own format and as no other.
 */
class SampleTruthTest {
    private static final int RECORDS = 40_000;

    @TempDir
    static Path dir;

    static Stream<SampleLog> samples() {
        return SampleLogs.ALL.stream();
    }

    private static LogReport report(Path file, int threads) throws Exception {
        AnalyzerOptions options = new AnalyzerOptions(Optional.empty(), Optional.empty(), Optional.empty(), threads);
        return LogReport.of(new LogAnalyzer(options).analyze(List.of(LogAnalyzer.open(file.toString(),
                new ByteArrayInputStream(new byte[0]))), n -> { }), Registry.standard(), Lang.EN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void countsAndAttributionMatchTheGeneratorsTruth(SampleLog sample) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SampleLog.Truth truth = sample.write(bytes, RECORDS, 13);
        Path plain = dir.resolve(sample.formatId() + ".log");
        Files.write(plain, bytes.toByteArray());
        assertThat(Files.size(plain)).as("several blocks").isGreaterThan(LogAnalyzer.BLOCK);
        Path gz = dir.resolve(sample.formatId() + ".log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(bytes.toByteArray());
        }
        String json = null;
        for (Path file : List.of(plain, gz)) {
            for (int threads : new int[] {1, 4}) {
                LogReport r = report(file, threads);
                String as = file.getFileName() + ", threads=" + threads;
                assertThat(r.formats).as(as).containsExactly(file + ": " + sample.formatId());
                assertThat(r.statusCounts).as(as).isEqualTo(truth.byStatus);
                assertThat(r.noStatus).as(as).isEqualTo(truth.noStatus);
                assertThat(r.malformed).as(as).isEqualTo(truth.malformed);
                assertThat(r.lines).as(as).isEqualTo(truth.byStatus.values().stream().mapToLong(Long::longValue)
                        .sum() + truth.noStatus);
                Map<String, List<Long>> produced = new TreeMap<>();
                r.producedBy.forEach((code, p) -> produced.put(code, List.of(p.proxy(), p.upstream())));
                Map<String, List<Long>> expected = new TreeMap<>();
                truth.producedBy.forEach((code, c) -> expected.put(code, List.of(c[0], c[1])));
                assertThat(produced).as(as).isEqualTo(expected);
                String j = withoutCutTies(ReportJson.render(r).replace(gz.toString(), plain.toString()));
                if (json == null) {
                    json = j;
                }
                assertThat(j).as("the whole JSON report, " + as).isEqualTo(json);
            }
        }
    }

    /**
     * The report with every full top list cut before the values tied at its smallest count. Past
     * {@link TopCounter#CAPACITY} distinct values (a CDN log has thousands of clients) a counter keeps the most
     * counted ones, and which of the values tied at the cut it keeps depends on how the lines were split among
     * threads; every value above the cut, and its count, must still be the same.
     */
    private static String withoutCutTies(String json) throws Exception {
        tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();
        tools.jackson.databind.JsonNode root = mapper.readTree(json);
        cutTies(root);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void cutTies(tools.jackson.databind.JsonNode node) {
        for (tools.jackson.databind.JsonNode child : node) {
            cutTies(child);
        }
        if (node instanceof tools.jackson.databind.node.ObjectNode o) {
            for (String name : List.of("paths", "clients", "agents", "hosts", "upstreams")) {
                if (o.get(name) instanceof tools.jackson.databind.node.ArrayNode top && top.size() >= 3
                        && top.get(top.size() - 1).path("count").isNumber()) {
                    long last = top.get(top.size() - 1).path("count").asLong();
                    int kept = 0;
                    while (kept < top.size() && top.get(kept).path("count").asLong() > last) {
                        kept++;
                    }
                    while (top.size() > kept) {
                        top.remove(top.size() - 1);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void detectedAsItsOwnFormatAndNoOther(SampleLog sample) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sample.write(bytes, 200, 7);
        byte[] b = bytes.toByteArray();
        int length = Math.min(b.length, 64 * 1024);
        assertThat(Formats.detect(b, length).map(LogFormat::id)).contains(sample.formatId());
        dev.httpcodes.logs.formats.Sample s = new dev.httpcodes.logs.formats.Sample(b, length);
        for (LogFormat f : Formats.ALL) {
            if (!f.id().equals(sample.formatId())) {
                assertThat(f.detector().score(s)).as("%s read as %s", sample.formatId(), f.id()).isLessThan(0.5);
            }
        }
    }
}

package dev.httpcodes.logs.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.report.LogReport;
import dev.httpcodes.logs.report.ReportJson;
import dev.httpcodes.logs.samples.SampleLog;
import dev.httpcodes.logs.samples.SampleLogs;
import dev.httpcodes.logs.samples.SampleRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A distributed run ships each part's {@link LogStats} with Java serialization before merging: a copy read back gives
 * the same report as the original, and merges into another part exactly as the original does.
 */
class LogStatsSerializationTest {
    static final java.util.List<SampleLog> SAMPLES = SampleLogs.ALL;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void aCopyReadBackReportsAndMergesAsTheOriginal(SampleLog sample) throws Exception {
        Path file = dir.resolve("sample.log");
        SampleRun.file(sample, file, 3000, 7, false);
        LogAnalyzer.LogStatsResult result = SampleRun.analyze(file, 2);
        LogStats copy = roundTrip(result.stats());
        assertThat(json(result, copy)).isEqualTo(json(result, result.stats()));

        LogStats viaOriginal = roundTrip(result.stats());
        viaOriginal.merge(result.stats());
        LogStats viaCopy = roundTrip(result.stats());
        viaCopy.merge(copy);
        assertThat(json(result, viaCopy)).isEqualTo(json(result, viaOriginal));
        assertThat(viaCopy.lines).isEqualTo(2 * result.stats().lines);
    }

    private static String json(LogAnalyzer.LogStatsResult shape, LogStats stats) {
        return ReportJson.render(LogReport.of(new LogAnalyzer.LogStatsResult(stats, shape.inputs(), shape.incomplete(),
                shape.maxLine(), shape.filter()), Registry.standard(), Lang.EN));
    }

    private static LogStats roundTrip(LogStats stats) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stats);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (LogStats) in.readObject();
        }
    }
}

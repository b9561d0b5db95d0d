package dev.httpcodes.logs.formats.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LogFormat;
import dev.httpcodes.logs.formats.Sample;
import dev.httpcodes.logs.samples.SampleLog;
import dev.httpcodes.logs.samples.SampleLogs;
import dev.httpcodes.logs.samples.SampleRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The variants each generator writes per seed (syslog prefix or none, Envoy or Istio layout, envelope or flat Front
 * Door lines, RFC 3339 or unix timestamps) against the analyzer: counts, records without status and malformed lines equal the
 * generator's own truth, plain and (where the product delivers it so) gzipped, and each record's producer equals what
 * the generator meant. The detection matrix runs every sample against every format's detector.
 */
class EdgeSamplesTest {
    @TempDir
    Path dir;

    /** This test's formats: the proxy and edge ones (the others' variants are covered by their own tests). */
    static final List<SampleLog> EDGE = SampleLogs.ALL.stream().filter(s -> List.of("cloudfront", "haproxy", "envoy",
            "google-lb", "frontdoor", "cloudflare").contains(s.formatId())).toList();

    static Stream<Arguments> samples() {
        return EDGE.stream().flatMap(s -> Stream.of(Arguments.of(s, 11L), Arguments.of(s, 12L)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("samples")
    void countsEqualTheGeneratorsTruth(SampleLog sample, long seed) throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = dir.resolve(sample.formatId() + seed + (gzip ? ".log.gz" : ".log"));
            SampleLog.Truth truth = SampleRun.file(sample, file, 6000, seed, gzip);
            LogAnalyzer.LogStatsResult result = SampleRun.analyze(file, 2);
            assertThat(result.formats()).containsExactly(file + ": " + sample.formatId());
            assertThat(result.stats().statusCounts()).isEqualTo(truth.byStatus);
            assertThat(result.stats().noStatus).isEqualTo(truth.noStatus);
            Map<String, List<Long>> produced = new TreeMap<>();
            result.stats().producedBy().forEach((code, c) -> produced.put(code, List.of(c[0], c[1])));
            assertThat(produced).isEqualTo(SampleRun.view(truth.producedBy));
            assertThat(result.stats().malformed).isEqualTo(truth.malformed);
        }
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("samples")
    void eachRecordsProducerIsTheOneTheGeneratorMeant(SampleLog sample, long seed) throws Exception {
        SampleLog.Truth[] truth = new SampleLog.Truth[1];
        byte[] log = SampleRun.bytes(sample, 6000, seed, truth);
        assertThat(SampleRun.producedBy(log, sample.formatId())).isEqualTo(SampleRun.view(truth[0].producedBy));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("samples")
    void detectionMatrixEverySampleIsItsOwnFormatOnly(SampleLog sample, long seed) throws Exception {
        SampleLog.Truth[] truth = new SampleLog.Truth[1];
        byte[] log = SampleRun.bytes(sample, 200, seed, truth);
        Sample s = new Sample(log, Math.min(log.length, 64 * 1024));
        assertThat(Formats.detect(s)).map(LogFormat::id).contains(sample.formatId());
        for (LogFormat f : Formats.ALL) {
            if (!f.id().equals(sample.formatId())) {
                assertThat(f.detector().score(s)).as("%s on a %s sample", f.id(), sample.formatId())
                        .isLessThan(0.5);
            }
        }
    }
}

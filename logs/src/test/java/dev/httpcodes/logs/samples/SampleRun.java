package dev.httpcodes.logs.samples;

import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.LogInputException;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogFormat;
import dev.httpcodes.logs.formats.FormatOptions;
import dev.httpcodes.logs.formats.LogRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/** Runs a sample through the analyzer, and through its parser record by record, for the tests to compare. */
public final class SampleRun {
    private SampleRun() {
    }

    /** The sample's bytes. */
    public static byte[] bytes(SampleLog sample, int records, long seed, SampleLog.Truth[] truth) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        truth[0] = sample.write(out, records, seed);
        return out.toByteArray();
    }

    /** Writes the sample to a file, gzipped or not, and returns its truth. */
    public static SampleLog.Truth file(SampleLog sample, Path file, int records, long seed, boolean gzip)
            throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
            return sample.write(out, records, seed);
        }
    }

    public static LogAnalyzer.LogStatsResult analyze(Path file, int threads) throws LogInputException {
        AnalyzerOptions options = new AnalyzerOptions(Optional.empty(), Optional.empty(), Optional.empty(), threads);
        return new LogAnalyzer(options).analyze(List.of(LogAnalyzer.open(file.toString(), InputStream.nullInputStream())),
                n -> { });
    }

    /** Status → {by the proxy, by the upstream}, from the format's parser, each record as it reads it. */
    public static Map<String, List<Long>> producedBy(byte[] log, String formatId) {
        LogFormat format = Formats.byId(formatId).orElseThrow();
        LineParser parser = format.parser(FormatOptions.none());
        Map<String, long[]> counts = new TreeMap<>();
        LogRecord r = new LogRecord();
        int start = 0;
        while (start < log.length) {
            int nl = start;
            while (nl < log.length && log[nl] != '\n') {
                nl++;
            }
            if (nl > start) {
                if (parser.hasDirectives() && log[start] == '#') {
                    parser.directive(log, start, nl);
                } else {
                    r.reset(log);
                    if (parser.parse(log, start, nl, r) && r.status != LogRecord.NO_STATUS
                            && r.producer != LogRecord.PRODUCER_UNKNOWN) {
                        counts.computeIfAbsent(Integer.toString(r.status), c -> new long[2])[
                                r.producer == LogRecord.PRODUCER_PROXY ? 0 : 1]++;
                    }
                }
            }
            start = nl + 1;
        }
        return view(counts);
    }

    public static Map<String, List<Long>> view(Map<String, long[]> counts) {
        Map<String, List<Long>> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, List.of(v[0], v[1])));
        return out;
    }

    public static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}

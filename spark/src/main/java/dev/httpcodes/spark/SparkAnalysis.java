package dev.httpcodes.spark;

import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.LogInputException;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LogFormat;
import dev.httpcodes.logs.stats.LogStats;
import dev.httpcodes.logs.stats.Malformed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The analysis as a Spark job: one task per {@link Piece}, each counted into the logs module's statistics by its own
 * analyzer, merged by a tree aggregate (executors merge partials in a tree; the driver receives a few), then turned
 * into the same {@link LogAnalyzer.LogStatsResult} as {@code httpcodes logs} makes, for the same reports.
 */
final class SparkAnalysis {
    /** Spark setting: bytes of a plain file per task (default 128 MiB, as Spark's own file splits). */
    static final String SPLIT_BYTES = "spark.httpcodes.split.bytes";
    static final long DEFAULT_SPLIT_BYTES = 128L * 1024 * 1024;
    /** Levels of the merge tree: two keep the driver's share of merging small up to thousands of pieces. */
    static final int TREE_DEPTH = 2;

    private SparkAnalysis() {
    }

    static LogAnalyzer.LogStatsResult run(JavaSparkContext sc, List<String> arguments, JobOptions job)
            throws LogInputException {
        return run(sc, arguments, job, null);
    }

    /** As above; with {@code timings}, also prints on it what the benchmark's scaling model needs. */
    static LogAnalyzer.LogStatsResult run(JavaSparkContext sc, List<String> arguments, JobOptions job,
            java.io.PrintStream timings) throws LogInputException {
        long split = sc.getConf().getSizeAsBytes(SPLIT_BYTES, Long.toString(DEFAULT_SPLIT_BYTES));
        if (split < 1024) {
            throw new LogInputException(SPLIT_BYTES + " must be at least 1k, not " + split);
        }
        InputPlan plan = InputPlan.of(arguments, job, sc.hadoopConfiguration(), split);
        Partial total = new Partial();
        if (!plan.pieces.isEmpty()) {
            HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
            JavaRDD<Piece> pieces = sc.parallelize(plan.pieces, plan.pieces.size());
            total = pieces.treeAggregate(new Partial(), (acc, piece) -> acc.merge(PieceReader.read(piece, job, conf)),
                    Partial::merge, TREE_DEPTH);
        }
        if (timings != null) {
            timings.printf(java.util.Locale.ROOT, "timings: pieces=%d readSeconds=%.3f slowestPieceSeconds=%.3f "
                    + "merges=%d mergeSeconds=%.4f partialBytes=%d%n", total.pieces, total.readNanos / 1e9,
                    total.slowestReadNanos / 1e9, total.merges, total.mergeNanos / 1e9, serializedSize(total));
        }
        if (!total.failures.isEmpty()) {
            throw new LogInputException(total.failures.firstEntry().getValue());
        }
        return result(plan, total, job);
    }

    private static long serializedSize(Partial p) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(p);
        } catch (java.io.IOException e) {
            return -1;
        }
        return bytes.size();
    }

    private static LogAnalyzer.LogStatsResult result(InputPlan plan, Partial total, JobOptions job) {
        boolean detailAll = job.filter().selectsStatuses();
        LogStats stats = total.stats != null ? total.stats : new LogStats(detailAll);
        // Line numbers: a range's first line follows the lines of the ranges before it in its file.
        Map<Long, Long> firstLine = new TreeMap<>();
        long[] fileLines = new long[plan.files.size()];
        long[] fileBytes = new long[plan.files.size()];
        total.lines.forEach((key, n) -> {
            int file = (int) (key >>> 32);
            firstLine.put(key, fileLines[file] + 1);
            fileLines[file] += n;
        });
        total.bytes.forEach((key, n) -> fileBytes[(int) (key >>> 32)] += n);
        List<Malformed> resolved = new ArrayList<>();
        for (Malformed m : stats.samples()) {
            long first = firstLine.getOrDefault(Partial.key(m.input(), (int) m.segment()), 1L);
            resolved.add(m.at(first + m.line()));
        }
        stats.samples(resolved);
        List<LogAnalyzer.InputResult> inputs = new ArrayList<>();
        for (int i = 0; i < plan.files.size(); i++) {
            InputPlan.File f = plan.files.get(i);
            Optional<LogFormat> format = f.format();
            if (format == null) {
                String told = total.formats.getOrDefault(i, "");
                format = told.isEmpty() ? Optional.empty() : Formats.byId(told);
            }
            inputs.add(new LogAnalyzer.InputResult(f.name(), format, null, fileLines[i], fileBytes[i]));
        }
        List<LogAnalyzer.Incomplete> incomplete = new ArrayList<>();
        List<Partial.Stop> stops = new ArrayList<>(total.stops);
        stops.sort(java.util.Comparator.comparingInt(Partial.Stop::file).thenComparingInt(Partial.Stop::range));
        for (Partial.Stop s : stops) {
            long before = firstLine.getOrDefault(Partial.key(s.file(), s.range()), 1L) - 1;
            incomplete.add(new LogAnalyzer.Incomplete(plan.files.get(s.file()).name(), s.bytes(), before + s.lines(),
                    s.reason()));
        }
        return new LogAnalyzer.LogStatsResult(stats, List.copyOf(inputs), List.copyOf(incomplete), job.maxLine(),
                job.filter());
    }
}

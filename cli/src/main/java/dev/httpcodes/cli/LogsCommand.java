package dev.httpcodes.cli;

import dev.httpcodes.core.Lang;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.Follower;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.LogInputException;
import dev.httpcodes.logs.filter.RecordFilter;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LogFormat;
import dev.httpcodes.logs.report.LogReport;
import dev.httpcodes.logs.report.ReportHtml;
import dev.httpcodes.logs.report.ReportJson;
import dev.httpcodes.logs.report.ReportText;
import dev.httpcodes.logs.report.TerminalText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code httpcodes logs FILE…}: counts, explains and charts the status codes in access logs. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Read web server and load balancer access logs (nginx/Apache combined or common, IIS W3C, "
            + "JSON lines, any nginx log_format, AWS Application and Classic Load Balancer; .gz read directly; - for "
            + "standard input) and report what their status codes say: "
            + "counts by class and code, top paths, clients and agents per error, errors over time, and a "
            + "diagnosis from the knowledge base."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "1:no line could be read as a log line (an empty file, too)",
            "2:usage error, a file that cannot be read, or a format that cannot be told",
            "3:report written, but an input stopped early (truncated or corrupt .gz, read error); the report "
                + "covers what was read and standard error says where each input stopped"})
final class LogsCommand implements Callable<Integer> {
    /** The report was written, but an input stopped before its end (documented in --help). */
    static final int INCOMPLETE = 3;

    @ParentCommand
    HttpcodesCommand root;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Log files (.gz too), or - for standard input.")
    List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatIds.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: detected per file; nginx needs "
                + "--nginx-format).")
    String format;

    /** The ids of the format table, so the help never falls behind it. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return dev.httpcodes.logs.formats.Formats.ids().iterator();
        }
    }

    @Option(names = "--nginx-format", paramLabel = "LOG_FORMAT",
            description = "An nginx log_format string, e.g. '$remote_addr [$time_local] \"$request\" $status'.")
    String nginxFormat;

    @Option(names = "--json-fields", paramLabel = "NAME=FIELD,…",
            description = "JSON lines field names: status, time, path, client, agent, bytes (e.g. status=code).")
    String jsonFields;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as one self-contained HTML file.")
    Path html;

    @Option(names = "--follow", description = "Keep reading the (one) growing file and refresh the report.")
    boolean follow;

    @Option(names = "--follow-seconds", defaultValue = "2", hidden = true)
    int followSeconds;

    @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: every core; for plain "
            + "files under 1 GiB one fewer, which leaves a core to the JIT compiler).")
    Integer threads;

    @Option(names = "--max-line", paramLabel = "BYTES", description = "Longest line read (default 65536, "
            + "256-1048576); longer lines are counted as malformed, never buffered.")
    Integer maxLine;

    @Option(names = "--status", paramLabel = "LIST", description = "Count only these statuses: classes, codes and "
            + "sub-statuses, e.g. 5xx,403,499,403.14; each one selected gets its top paths, clients, agents, hosts "
            + "and upstream addresses.")
    String status;

    @Option(names = "--since", paramLabel = "TIME", description = "Count only records at or after TIME: ISO-8601 "
            + "(2026-11-27T10:00:00Z; no offset means UTC; a date means its midnight UTC) or a duration back from "
            + "now (90s, 30m, 2h, 7d).")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Count only records before TIME (as --since).")
    String until;

    @Option(names = "--path", paramLabel = "PREFIX", description = "Count only records whose path starts with PREFIX.")
    String pathPrefix;

    @Option(names = "--host", paramLabel = "HOST", description = "Count only records for this host name (any case, "
            + "any port), for formats that log it.")
    String host;

    @Option(names = "--producer", paramLabel = "WHO", description = "proxy or upstream: count only the responses the "
            + "proxy/load balancer/CDN made itself, or only those passed through from the upstream.")
    String producer;

    @Option(names = "--spark", paramLabel = "MASTER", description = "Run as an Apache Spark job on MASTER (e.g. "
            + "local[4]), over files, directories, globs, hdfs:// or s3a:// paths. The checkout's ./httpcodes adds the "
            + "spark module's jars for this; on a cluster: spark-submit --class dev.httpcodes.spark.SparkLogs.")
    String spark;

    private final Context context;

    LogsCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (spark != null) {
            // The launcher runs `logs --spark` as the spark module's main class; reaching here means Spark's jars
            // are not on this class path, which stays free of them.
            Problems.report(context.err(), "--spark runs the spark module's job, whose jars this class path leaves "
                    + "out: run it through the checkout's ./httpcodes, or spark-submit --class "
                    + "dev.httpcodes.spark.SparkLogs spark/target/httpcodes-spark-*.jar");
            return ExitCode.USAGE;
        }
        OutputSettings settings = root.settings(false);
        Lang lang = settings.lang();
        Optional<LogFormat> chosen = Optional.empty();
        if (format != null) {
            chosen = Formats.byId(format);
            if (chosen.isEmpty()) {
                Problems.unknownName(context.err(), lang, "format", format, Formats.ids());
                return ExitCode.USAGE;
            }
        } else if (nginxFormat != null) {
            chosen = Optional.of(Formats.NGINX);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && (threads < 1 || threads > 256)) {
            Problems.report(context.err(), "--threads must be 1-256, not " + threads);
            return ExitCode.USAGE;
        }
        if (follow && (files.size() != 1 || files.get(0).equals("-"))) {
            Problems.report(context.err(), "--follow needs exactly one file (not standard input)");
            return ExitCode.USAGE;
        }
        int longest = maxLine != null ? maxLine : AnalyzerOptions.DEFAULT_MAX_LINE;
        if (longest < AnalyzerOptions.MIN_MAX_LINE || longest > AnalyzerOptions.MAX_MAX_LINE) {
            Problems.report(context.err(), "--max-line must be " + AnalyzerOptions.MIN_MAX_LINE + "-"
                    + AnalyzerOptions.MAX_MAX_LINE + ", not " + longest);
            return ExitCode.USAGE;
        }
        RecordFilter filter;
        try {
            filter = RecordFilter.of(Optional.ofNullable(status), Optional.ofNullable(since),
                    Optional.ofNullable(until), Optional.ofNullable(pathPrefix), Optional.ofNullable(host),
                    Optional.ofNullable(producer), Instant.now().getEpochSecond());
        } catch (IllegalArgumentException e) {
            Problems.report(context.err(), TerminalText.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
        List<LogAnalyzer.Input> inputs = new ArrayList<>();
        try {
            for (String f : files) {
                inputs.add(LogAnalyzer.open(f, System.in));
            }
        } catch (LogInputException e) {
            Problems.report(context.err(), TerminalText.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
        AnalyzerOptions options = new AnalyzerOptions(chosen, Optional.ofNullable(nginxFormat),
                Optional.ofNullable(jsonFields), threads != null ? threads : LogAnalyzer.defaultThreads(inputs, cores),
                longest, filter);
        LogAnalyzer analyzer = new LogAnalyzer(options);
        LogAnalyzer.LogStatsResult result;
        try {
            result = analyzer.analyze(inputs, progress(LogAnalyzer.size(inputs)));
        } catch (LogInputException e) {
            clearProgress();
            Problems.report(context.err(), TerminalText.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
        clearProgress();
        // The follower starts where the analysis stopped, before the report is rendered: whatever is appended or
        // rotated while the first report is written is the follower's to see.
        Follower follower = null;
        if (follow) {
            try {
                follower = Follower.of(options, files.get(0), result);
            } catch (LogInputException e) {
                Problems.report(context.err(), TerminalText.escape(e.getMessage()));
                return ExitCode.USAGE;
            }
        }
        LogReport report = LogReport.of(result, context.registry(), lang);
        if (!write(report, settings)) {
            return ExitCode.USAGE;
        }
        for (LogAnalyzer.Incomplete stop : result.incomplete()) {
            Problems.report(context.err(), TerminalText.escape(stop.input() + ": " + stop.reason()) + "; stopped after "
                    + stop.bytes() + " bytes of log (" + stop.lines() + " lines); the report covers what was read");
        }
        if (follower != null) {
            return follow(follower, result, lang, settings);
        }
        if (!result.incomplete().isEmpty()) {
            return INCOMPLETE;
        }
        return report.lines == 0 ? ExitCode.NOTHING_FOUND : ExitCode.FOUND;
    }

    private boolean write(LogReport report, OutputSettings settings) {
        if (settings.json()) {
            context.out().println(ReportJson.render(report));
        } else {
            ReportText.render(report, context.out());
        }
        if (html != null) {
            try {
                Files.writeString(html, ReportHtml.render(report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                Problems.report(context.err(), html + ": cannot write the HTML report: " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    private int follow(Follower follower, LogAnalyzer.LogStatsResult result, Lang lang, OutputSettings settings)
            throws InterruptedException {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(Math.max(1, followSeconds) * 1000L); // the refresh interval, not synchronisation
                if (follower.poll() > 0) {
                    if (context.environment().stdoutIsTerminal()) {
                        context.out().print("\u001b[H\u001b[2J");
                    }
                    write(LogReport.of(result, context.registry(), lang), settings);
                    context.out().flush();
                }
            }
        } catch (LogInputException e) {
            Problems.report(context.err(), TerminalText.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
        return ExitCode.FOUND;
    }

    /** A progress bar on standard error for big inputs, when standard error is a terminal. */
    private LongConsumer progress(long total) {
        if (!Boolean.getBoolean("httpcodes.errtty") || total < 64L * 1024 * 1024) {
            return read -> { };
        }
        return read -> {
            int percent = (int) Math.min(100, read * 100 / total);
            int filled = percent / 4;
            context.err().print("\r[" + "#".repeat(filled) + " ".repeat(25 - filled) + "] " + percent + "%");
        };
    }

    private void clearProgress() {
        if (Boolean.getBoolean("httpcodes.errtty")) {
            context.err().print("\r\u001b[K");
        }
    }
}

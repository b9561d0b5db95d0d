package dev.httpcodes.spark;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.LogInputException;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.report.LogReport;
import dev.httpcodes.logs.report.ReportHtml;
import dev.httpcodes.logs.report.ReportJson;
import dev.httpcodes.logs.report.ReportText;
import dev.httpcodes.logs.report.TerminalText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code httpcodes logs --spark MASTER FILE…}: the options of {@code httpcodes logs} that make sense for a batch job
 * over many files, the same checks and messages (they come from the logs module), and the same reports.
 */
@Command(name = "httpcodes logs --spark", mixinStandardHelpOptions = true,
        description = {"Analyze access logs as an Apache Spark job: the same report as httpcodes logs, over any "
            + "Hadoop-readable paths and globs (local files, hdfs://, s3a:// with hadoop-aws on the class path)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "1:no line could be read as a log line",
            "2:usage error, a file that cannot be read, or a format that cannot be told",
            "3:report written, but an input stopped early (truncated or corrupt .gz)"})
final class SparkLogsCommand implements Callable<Integer> {
    static final int FOUND = 0;
    static final int NOTHING_FOUND = 1;
    static final int USAGE = 2;
    static final int INCOMPLETE = 3;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Log files, directories or globs (.gz too).")
    List<String> files;

    @Option(names = "--spark", paramLabel = "MASTER", description = "Spark master, e.g. local[4]; under spark-submit "
            + "leave it out (spark-submit's --master is used).")
    String master;

    @Option(names = "--format", paramLabel = "FORMAT", description = "A format id (default: detected per file).")
    String format;

    @Option(names = "--nginx-format", paramLabel = "LOG_FORMAT", description = "An nginx log_format string.")
    String nginxFormat;

    @Option(names = "--json-fields", paramLabel = "NAME=FIELD,…", description = "JSON lines field names.")
    String jsonFields;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as one HTML file.")
    Path html;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Report language (default: from LANG).")
    String lang;

    @Option(names = "--max-line", paramLabel = "BYTES", description = "Longest line read (default 65536).")
    Integer maxLine;

    @Option(names = "--status", paramLabel = "LIST", description = "Count only these statuses (5xx,403,499,403.14).")
    String status;

    @Option(names = "--since", paramLabel = "TIME", description = "Count only records at or after TIME.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Count only records before TIME.")
    String until;

    @Option(names = "--path", paramLabel = "PREFIX", description = "Count only records whose path starts so.")
    String pathPrefix;

    @Option(names = "--host", paramLabel = "HOST", description = "Count only records for this host.")
    String host;

    @Option(names = "--producer", paramLabel = "WHO", description = "proxy or upstream.")
    String producer;

    @Option(names = "--threads", hidden = true)
    Integer threads;

    /** For bench/spark-bench.sh: read and merge times on standard error. */
    @Option(names = "--timings", hidden = true)
    boolean timings;

    @Option(names = "--follow", hidden = true)
    boolean follow;

    private final PrintStream out;
    private final PrintStream err;

    SparkLogsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (follow) {
            return usage("--follow reads one growing file on this machine; leave out --spark for it");
        }
        if (threads != null) {
            return usage("--threads: a Spark job runs one task per core of its executors (local[N] sets N)");
        }
        if (format != null && Formats.byId(format).isEmpty()) {
            return usage("unknown format \"" + format + "\"; known: " + String.join(", ", Formats.ids()));
        }
        int longest = maxLine != null ? maxLine : AnalyzerOptions.DEFAULT_MAX_LINE;
        if (longest < AnalyzerOptions.MIN_MAX_LINE || longest > AnalyzerOptions.MAX_MAX_LINE) {
            return usage("--max-line must be " + AnalyzerOptions.MIN_MAX_LINE + "-" + AnalyzerOptions.MAX_MAX_LINE
                    + ", not " + longest);
        }
        JobOptions job = new JobOptions(format, nginxFormat, jsonFields, longest, status, since, until, pathPrefix,
                host, producer, Instant.now().getEpochSecond());
        try {
            job.filter();
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        Lang language = lang != null ? Lang.of(lang) : defaultLang();
        LogAnalyzer.LogStatsResult result;
        try (JavaSparkContext sc = new JavaSparkContext(conf())) {
            result = SparkAnalysis.run(sc, files, job, timings ? err : null);
        } catch (LogInputException e) {
            return usage(e.getMessage());
        }
        LogReport report = LogReport.of(result, Registry.standard(), language);
        if (json) {
            out.println(ReportJson.render(report));
        } else {
            ReportText.render(report, out);
        }
        if (html != null) {
            try {
                Files.writeString(html, ReportHtml.render(report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return usage(html + ": cannot write the HTML report: " + e.getMessage());
            }
        }
        for (LogAnalyzer.Incomplete stop : result.incomplete()) {
            err.println("httpcodes: " + TerminalText.escape(stop.input() + ": " + stop.reason()) + "; stopped after "
                    + stop.bytes() + " bytes of log (" + stop.lines() + " lines); the report covers what was read");
        }
        if (!result.incomplete().isEmpty()) {
            return INCOMPLETE;
        }
        return report.lines == 0 ? NOTHING_FOUND : FOUND;
    }

    private SparkConf conf() {
        SparkConf conf = new SparkConf().setAppName("httpcodes logs");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            // Not under spark-submit and no --spark: this machine, every core.
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // On one machine: no web UI, and the driver listens on loopback only.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    private static Lang defaultLang() {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = System.getenv(name);
            if (value != null && !value.isEmpty()) {
                return Lang.of(value);
            }
        }
        return Lang.EN;
    }

    private int usage(String message) {
        err.println("httpcodes: " + TerminalText.escape(message));
        return USAGE;
    }
}

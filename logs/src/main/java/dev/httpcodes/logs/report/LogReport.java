package dev.httpcodes.logs.report;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.StatusCode;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.latency.Percentiles;
import dev.httpcodes.logs.stats.LogStats;
import dev.httpcodes.logs.stats.Malformed;
import dev.httpcodes.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the logs say, explained with the knowledge base, in one language: totals, counts by class and code, details
 * and diagnosis per error code, errors over time, and patterns across codes. Renderers turn it into text, JSON or
 * HTML.
 */
public final class LogReport {
    static final int TOP = 5;

    /** One code seen, with what the knowledge base calls it. */
    public record CodeCount(String code, long count, double share, String phrase, String titleZh, String title,
            String vendor, String entryId) {
    }

    /** One error code in detail. */
    public record ErrorReport(CodeCount code, List<Map.Entry<String, Long>> paths,
            List<Map.Entry<String, Long>> clients, List<Map.Entry<String, Long>> agents,
            List<Map.Entry<String, Long>> hosts, List<Map.Entry<String, Long>> upstreams,
            List<Map.Entry<String, Long>> reasons, long bytes,
            String summary, List<Cause> causes) {
    }

    /** A likely cause from the knowledge base, with its fixes. */
    public record Cause(String stack, String cause, List<String> fixes) {
    }

    /** One time bucket: its start (epoch seconds) and counts (records without a status are in the total only). */
    public record Bucket(long start, long total, long clientErrors, long serverErrors, long informational,
            long successes, long redirects) {
    }

    /** Of one status, how many records the proxy made and how many came from the upstream. */
    public record Produced(long proxy, long upstream) {
    }

    public final Lang lang;
    public final long lines;
    public final long malformed;
    /** Valid records the filter left out, and the filter as given (null when none). */
    public final long filtered;
    public final String filter;
    /** Valid records without a status (in {@link #lines}, under no code). */
    public final long noStatus;
    /** Status → who produced it, for the statuses whose records carried the evidence. */
    public final Map<String, Produced> producedBy;
    /** Status sent → the upstream's own statuses that differ from it, with their counts. */
    public final Map<String, Map<String, Long>> upstreamStatuses;
    /** Latency percentiles per status (empty when the log has no latencies). */
    public final Map<String, Percentiles> latencyByStatus;
    /** Of the top paths by requests with a latency, most first. */
    public final Map<String, Percentiles> latencyByPath;
    /** Of errors (4xx, 5xx) and of the rest; null when there were none with a latency. */
    public final Percentiles errorLatency;
    public final Percentiles successLatency;
    public final List<String> malformedSamples;
    public final long bytes;
    public final long firstTime;
    public final long lastTime;
    public final List<String> formats;
    public final Map<String, Long> byClass;
    public final List<CodeCount> byCode;
    public final Map<String, Long> statusCounts;
    public final List<ErrorReport> errors;
    public final String bucketUnit;
    public final long bucketSeconds;
    public final List<Bucket> buckets;
    public final List<String> patterns;
    /** Inputs that stopped before their end: "file: why, after N bytes (line L); …". */
    public final List<LogAnalyzer.Incomplete> incomplete;

    private LogReport(Lang lang, LogAnalyzer.LogStatsResult result, Registry registry) {
        LogStats s = result.stats();
        List<String> formats = result.formats();
        this.lang = lang;
        this.lines = s.lines;
        this.malformed = s.malformed;
        this.filtered = s.filtered;
        this.filter = result.filter().isNone() ? null : result.filter().describe();
        this.noStatus = s.noStatus;
        Map<String, Produced> produced = new TreeMap<>();
        s.producedBy().forEach((code, c) -> produced.put(code, new Produced(c[0], c[1])));
        this.producedBy = produced;
        this.upstreamStatuses = s.upstreamStatuses();
        this.latencyByStatus = s.latencies.byStatus();
        this.latencyByPath = s.latencies.topPaths(TOP);
        this.errorLatency = s.latencies.errors();
        this.successLatency = s.latencies.successes();
        this.incomplete = result.incomplete();
        List<String> names = result.names();
        List<String> samples = new ArrayList<>();
        for (Malformed m : s.samples()) {
            samples.add(names.get(m.input()) + ":" + m.line() + ": "
                    + (m.tooLong() ? "[> " + result.maxLine() + " B] " : "") + m.text());
        }
        this.malformedSamples = List.copyOf(samples);
        this.bytes = s.bytes;
        this.firstTime = s.firstTime == Long.MAX_VALUE ? LogRecord.NO_TIME : s.firstTime;
        this.lastTime = s.lastTime == Long.MIN_VALUE ? LogRecord.NO_TIME : s.lastTime;
        this.formats = formats;
        this.statusCounts = s.statusCounts();
        Map<String, Long> classes = new TreeMap<>();
        List<CodeCount> codes = new ArrayList<>();
        statusCounts.forEach((code, count) -> {
            StatusCode c = StatusCode.parse(code);
            classes.merge(c.statusClass().id(), count, Long::sum);
            codes.add(codeCount(registry, c, count));
        });
        this.byClass = classes;
        this.byCode = List.copyOf(codes);
        List<ErrorReport> errorReports = new ArrayList<>();
        codes.stream().filter(c -> s.detailAll || StatusCode.parse(c.code()).code() >= 400)
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .forEach(c -> errorReports.add(errorReport(registry, c, s.errors(c.code()))));
        this.errors = List.copyOf(errorReports);
        long span = lastTime == LogRecord.NO_TIME ? 0 : lastTime - firstTime;
        long size = span <= 6 * 3600 ? 60 : span <= 14 * 86400 ? 3600 : 86400;
        this.bucketSeconds = size;
        this.bucketUnit = (size == 60 ? UiText.MINUTE : size == 3600 ? UiText.HOUR : UiText.DAY).in(lang);
        this.buckets = buckets(s, size);
        this.patterns = Patterns.find(this, s, registry, lang);
    }

    public static LogReport of(LogAnalyzer.LogStatsResult result, Registry registry, Lang lang) {
        return new LogReport(lang, result, registry);
    }

    private CodeCount codeCount(Registry registry, StatusCode c, long count) {
        List<Entry> meanings = registry.find(c);
        Optional<Entry> e = meanings.isEmpty() ? Optional.empty() : Optional.of(meanings.get(0));
        double share = lines == 0 ? 0 : (double) count / lines;
        return new CodeCount(c.toString(), count, share,
                e.map(Entry::phrase).orElse(registry.label(c.statusClass()).name().en()),
                e.map(x -> x.title().zh()).orElse(registry.label(c.statusClass()).name().zh()),
                e.map(x -> x.title().in(lang)).orElse(registry.label(c.statusClass()).name().in(lang)),
                e.flatMap(Entry::vendor).map(v -> v.name().in(lang)).orElse(null),
                e.map(Entry::id).orElse(null));
    }

    private ErrorReport errorReport(Registry registry, CodeCount c, LogStats.ErrorDetail d) {
        List<Entry> meanings = registry.find(StatusCode.parse(c.code()));
        String summary = meanings.isEmpty() ? "" : meanings.get(0).summary().in(lang);
        List<Cause> causes = new ArrayList<>();
        if (!meanings.isEmpty()) {
            meanings.get(0).troubleshooting().stream().limit(3).forEach(t -> causes.add(new Cause(
                    registry.stack(t.stack()).map(l -> l.name().in(lang)).orElse(t.stack()), t.cause().in(lang),
                    t.fixes().stream().map(f -> f.in(lang)).toList())));
        }
        if (d == null) {
            return new ErrorReport(c, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, summary,
                    causes);
        }
        return new ErrorReport(c, d.paths.top(TOP), d.clients.top(TOP), d.agents.top(3), known(d.hosts.top(TOP)),
                known(d.upstreams.top(TOP)), d.reasons.top(TOP), d.bytes, summary, causes);
    }

    /** A top list that only says "-" (the format has no such field) is no list. */
    private static List<Map.Entry<String, Long>> known(List<Map.Entry<String, Long>> top) {
        return top.size() == 1 && top.get(0).getKey().equals("-") ? List.of() : top;
    }

    private static List<Bucket> buckets(LogStats s, long size) {
        // Time is clamped to a sane range when parsed, so minute × 60 never overflows.
        TreeMap<Long, long[]> grouped = new TreeMap<>();
        s.minutes.forEach((minute, counts) -> {
            long start = Math.floorDiv(minute * 60, size) * size;
            long[] g = grouped.computeIfAbsent(start, k -> new long[LogStats.BURSTS]);
            for (int i = 0; i < g.length; i++) {
                g[i] += counts[i];
            }
        });
        List<Bucket> result = new ArrayList<>();
        grouped.forEach((start, g) -> result.add(new Bucket(start, g[0], g[1], g[2], g[3], g[4], g[5])));
        return List.copyOf(result);
    }

    /** Lines of a class, by its id ("5xx"). */
    long inClass(StatusClass c) {
        return byClass.getOrDefault(c.id(), 0L);
    }

    long count(String code) {
        return statusCounts.getOrDefault(code, 0L);
    }
}

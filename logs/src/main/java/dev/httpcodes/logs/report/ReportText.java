package dev.httpcodes.logs.report;

import dev.httpcodes.core.markup.CodeSpans;
import dev.httpcodes.ui.UiText;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The report for a terminal: totals, codes, then per error code its details and diagnosis, then patterns. */
public final class ReportText {
    private ReportText() {
    }

    public static void render(LogReport r, PrintStream out) {
        var lang = r.lang;
        out.println(UiText.LOG_SUMMARY.format(lang, r.lines, r.malformed, time(r.firstTime), time(r.lastTime),
                r.bytes));
        r.formats.forEach(f -> out.println("  " + TerminalText.escape(f)));
        r.incomplete.forEach(i -> out.println("  ! " + TerminalText.escape(i.input() + ": " + i.reason()) + " ("
                + i.bytes() + " B, " + i.lines() + " lines read)"));
        if (r.noStatus > 0) {
            out.println("  " + UiText.NO_STATUS.format(lang, r.noStatus));
        }
        if (r.filter != null) {
            out.println("  " + TerminalText.escape(UiText.FILTERED.format(lang, r.filter, r.filtered)));
        }
        out.println();
        out.println(UiText.BY_CLASS.in(lang));
        r.byClass.forEach((c, n) -> out.printf(Locale.ROOT, "  %-8s %12d  %6s%n", c, n, Patterns.percent(
                r.lines == 0 ? 0 : (double) n / r.lines)));
        out.println();
        out.println(UiText.BY_CODE.in(lang));
        for (LogReport.CodeCount c : r.byCode) {
            out.printf(Locale.ROOT, "  %-7s %12d  %6s  %s · %s%s%n", c.code(), c.count(), Patterns.percent(c.share()),
                    c.phrase(), c.titleZh(), c.vendor() == null ? "" : " (" + c.vendor() + ")");
        }
        if (!r.producedBy.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "%s%n  %-7s %12s %12s  %s%n", UiText.PRODUCED_BY.in(lang), "",
                    UiText.BY_PROXY.in(lang), UiText.BY_UPSTREAM.in(lang), UiText.UPSTREAM_SENT.in(lang));
            r.producedBy.forEach((code, p) -> out.printf(Locale.ROOT, "  %-7s %12d %12d  %s%n", code, p.proxy(),
                    p.upstream(), upstreamSent(r, code)));
        }
        if (!r.latencyByStatus.isEmpty()) {
            out.println();
            out.println(UiText.LATENCY.in(lang) + " (ms; " + UiText.LATENCY_NOTE.format(lang,
                    Patterns.percent(dev.httpcodes.logs.latency.Latencies.RELATIVE_ERROR)) + ")");
            out.printf(Locale.ROOT, "  %-24s %10s %9s %9s %9s %9s%n", "", "n", "p50", "p90", "p99", "max");
            r.latencyByStatus.forEach((code, p) -> latency(out, code, p));
            latency(out, UiText.ERRORS.in(lang), r.errorLatency);
            latency(out, UiText.SUCCESSES.in(lang), r.successLatency);
            r.latencyByPath.forEach((path, p) -> latency(out, TerminalText.escape(path), p));
        }
        if (!r.patterns.isEmpty()) {
            out.println();
            out.println(UiText.PATTERNS.in(lang));
            r.patterns.forEach(p -> out.println("  ! " + p));
        }
        if (!r.errors.isEmpty()) {
            out.println();
            out.println(UiText.DIAGNOSIS.in(lang));
        }
        for (LogReport.ErrorReport e : r.errors) {
            LogReport.CodeCount c = e.code();
            out.println();
            out.printf(Locale.ROOT, "%s %s · %s — %d (%s)%n", c.code(), c.phrase(), c.title(), c.count(),
                    Patterns.percent(c.share()));
            if (!e.summary().isEmpty()) {
                out.println("  " + CodeSpans.plain(e.summary()));
            }
            top(out, UiText.TOP_PATHS.in(lang), e.paths());
            top(out, UiText.TOP_CLIENTS.in(lang), e.clients());
            top(out, UiText.TOP_AGENTS.in(lang), e.agents());
            top(out, UiText.TOP_HOSTS.in(lang), e.hosts());
            top(out, UiText.TOP_UPSTREAMS.in(lang), e.upstreams());
            top(out, UiText.TOP_REASONS.in(lang), e.reasons());
            for (LogReport.Cause cause : e.causes()) {
                out.println("  [" + cause.stack() + "] " + CodeSpans.plain(cause.cause()));
                cause.fixes().forEach(f -> out.println("      → " + CodeSpans.plain(f)));
            }
        }
        if (!r.malformedSamples.isEmpty()) {
            out.println();
            out.println(UiText.MALFORMED_SAMPLES.in(lang));
            r.malformedSamples.forEach(s -> out.println("  " + TerminalText.escape(s)));
        }
    }

    private static void top(PrintStream out, String title, java.util.List<Map.Entry<String, Long>> values) {
        if (values.isEmpty()) {
            return;
        }
        out.println("  " + title + ":");
        values.forEach(v -> out.printf(Locale.ROOT, "    %8d  %s%n", v.getValue(), TerminalText.escape(v.getKey())));
    }

    private static void latency(PrintStream out, String label, dev.httpcodes.logs.latency.Percentiles p) {
        if (p != null) {
            out.printf(Locale.ROOT, "  %-24s %10d %9.1f %9.1f %9.1f %9.1f%n", label, p.count(), p.p50() / 1000.0,
                    p.p90() / 1000.0, p.p99() / 1000.0, p.max() / 1000.0);
        }
    }

    /** "200 ×3, 504 ×1": what the upstream sent for a status, where it differs. */
    static String upstreamSent(LogReport r, String code) {
        StringBuilder b = new StringBuilder();
        r.upstreamStatuses.getOrDefault(code, Map.of()).forEach((u, n) -> b.append(b.length() > 0 ? ", " : "")
                .append(u).append(" ×").append(n));
        return b.toString();
    }

    static String time(long epochSecond) {
        return epochSecond == dev.httpcodes.logs.formats.LogRecord.NO_TIME ? "-" : Instant.ofEpochSecond(epochSecond).toString();
    }
}

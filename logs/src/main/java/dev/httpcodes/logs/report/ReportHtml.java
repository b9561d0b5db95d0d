package dev.httpcodes.logs.report;

import dev.httpcodes.core.Lang;
import dev.httpcodes.ui.HtmlEscape;
import dev.httpcodes.ui.UiText;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as one self-contained HTML file: inline styles, charts as inline SVG, no script, nothing fetched. */
public final class ReportHtml {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;

    private ReportHtml() {
    }

    public static String render(LogReport r) {
        Lang lang = r.lang;
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!doctype html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>httpcodes · ").append(esc(UiText.DIAGNOSIS.in(lang))).append("</title>\n<style>\n")
                .append(":root{color-scheme:light dark}body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;")
                .append("margin:auto;padding:1rem}table{border-collapse:collapse}td,th{padding:.2rem .6rem;")
                .append("text-align:left;border-bottom:1px solid #8884}td.n{text-align:right;")
                .append("font-variant-numeric:tabular-nums}.c4xx{fill:#b26a00}.c5xx{fill:#c62828}")
                .append(".c2xx{fill:#2e7d32}.c3xx{fill:#1565c0}.c1xx{fill:#00838f}.cinvalid{fill:#6a1b9a}")
                .append("svg text{font:11px sans-serif;fill:currentColor}.pattern{border-left:4px solid #c62828;")
                .append("padding-left:.6rem}\n</style>\n</head>\n<body>\n<main>\n<h1>httpcodes</h1>\n<p>")
                .append(esc(UiText.LOG_SUMMARY.format(lang, r.lines, r.malformed, ReportText.time(r.firstTime),
                        ReportText.time(r.lastTime), r.bytes))).append("</p>\n");
        if (r.noStatus > 0) {
            b.append("<p>").append(esc(UiText.NO_STATUS.format(lang, r.noStatus))).append("</p>\n");
        }
        if (r.filter != null) {
            b.append("<p>").append(esc(UiText.FILTERED.format(lang, r.filter, r.filtered))).append("</p>\n");
        }
        b.append("<h2>").append(esc(UiText.BY_CLASS.in(lang))).append("</h2>\n").append(classChart(r));
        b.append("<h2>").append(esc(UiText.TIMELINE_BY_CLASS.format(lang, r.bucketUnit))).append("</h2>\n")
                .append(timeChart(r));
        if (!r.patterns.isEmpty()) {
            b.append("<h2>").append(esc(UiText.PATTERNS.in(lang))).append("</h2>\n");
            r.patterns.forEach(p -> b.append("<p class=\"pattern\">").append(esc(p)).append("</p>\n"));
        }
        b.append("<h2>").append(esc(UiText.BY_CODE.in(lang))).append("</h2>\n<table>\n<thead><tr><th>")
                .append(esc(UiText.COLUMN_CODE.in(lang))).append("</th><th>").append(esc(UiText.COUNT.in(lang)))
                .append("</th><th>").append(esc(UiText.SHARE.in(lang))).append("</th><th>")
                .append(esc(UiText.COLUMN_PHRASE.in(lang))).append("</th></tr></thead>\n<tbody>\n");
        for (LogReport.CodeCount c : r.byCode) {
            String cell = r.errors.stream().anyMatch(e -> e.code().code().equals(c.code()))
                    ? "<a href=\"#s-" + esc(c.code()) + "\">" + esc(c.code()) + "</a>" : esc(c.code());
            b.append("<tr><td>").append(cell).append("</td><td class=\"n\">").append(c.count())
                    .append("</td><td class=\"n\">").append(Patterns.percent(c.share())).append("</td><td>")
                    .append(esc(c.phrase() + " · " + c.titleZh() + (c.vendor() == null ? "" : " (" + c.vendor() + ")")))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (!r.producedBy.isEmpty()) {
            b.append("<h2>").append(esc(UiText.PRODUCED_BY.in(lang))).append("</h2>\n<table>\n<thead><tr><th>")
                    .append(esc(UiText.COLUMN_CODE.in(lang))).append("</th><th>").append(esc(UiText.BY_PROXY.in(lang)))
                    .append("</th><th>").append(esc(UiText.BY_UPSTREAM.in(lang))).append("</th><th>")
                    .append(esc(UiText.UPSTREAM_SENT.in(lang))).append("</th></tr></thead>\n<tbody>\n");
            r.producedBy.forEach((code, p) -> b.append("<tr><td>").append(esc(code)).append("</td><td class=\"n\">")
                    .append(p.proxy()).append("</td><td class=\"n\">").append(p.upstream()).append("</td><td>")
                    .append(esc(ReportText.upstreamSent(r, code))).append("</td></tr>\n"));
            b.append("</tbody>\n</table>\n");
        }
        if (!r.latencyByStatus.isEmpty()) {
            b.append("<h2>").append(esc(UiText.LATENCY.in(lang))).append(" (ms)</h2>\n<p>")
                    .append(esc(UiText.LATENCY_NOTE.format(lang, Patterns.percent(
                            dev.httpcodes.logs.latency.Latencies.RELATIVE_ERROR)))).append("</p>\n<table>\n<thead><tr>")
                    .append("<th></th><th>n</th><th>p50</th><th>p90</th><th>p99</th><th>max</th></tr></thead>\n<tbody>\n");
            r.latencyByStatus.forEach((code, p) -> latencyRow(b, code, p));
            latencyRow(b, UiText.ERRORS.in(lang), r.errorLatency);
            latencyRow(b, UiText.SUCCESSES.in(lang), r.successLatency);
            r.latencyByPath.forEach((path, p) -> latencyRow(b, path, p));
            b.append("</tbody>\n</table>\n");
        }
        if (!r.errors.isEmpty()) {
            b.append("<h2>").append(esc(UiText.DIAGNOSIS.in(lang))).append("</h2>\n");
        }
        for (LogReport.ErrorReport e : r.errors) {
            LogReport.CodeCount c = e.code();
            b.append("<section id=\"s-").append(esc(c.code())).append("\">\n<h3>").append(esc(c.code() + " " + c.phrase() + " · " + c.title())).append(" — ")
                    .append(c.count()).append("</h3>\n<p>").append(HtmlEscape.markup(e.summary())).append("</p>\n");
            list(b, UiText.TOP_PATHS.in(lang), e.paths());
            list(b, UiText.TOP_CLIENTS.in(lang), e.clients());
            list(b, UiText.TOP_AGENTS.in(lang), e.agents());
            list(b, UiText.TOP_HOSTS.in(lang), e.hosts());
            list(b, UiText.TOP_UPSTREAMS.in(lang), e.upstreams());
            list(b, UiText.TOP_REASONS.in(lang), e.reasons());
            for (LogReport.Cause cause : e.causes()) {
                b.append("<p><strong>").append(esc(cause.stack())).append(":</strong> ").append(HtmlEscape.markup(cause.cause()))
                        .append("</p>\n<ul>\n");
                cause.fixes().forEach(f -> b.append("<li>").append(HtmlEscape.markup(f)).append("</li>\n"));
                b.append("</ul>\n");
            }
            b.append("</section>\n");
        }
        if (!r.malformedSamples.isEmpty()) {
            b.append("<h2>").append(esc(UiText.MALFORMED_SAMPLES.in(lang))).append("</h2>\n<pre>");
            r.malformedSamples.forEach(s -> b.append(esc(s)).append('\n'));
            b.append("</pre>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String classChart(LogReport r) {
        StringBuilder b = new StringBuilder();
        long max = r.byClass.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int barHeight = 22;
        b.append("<svg role=\"img\" aria-label=\"").append(esc(UiText.BY_CLASS.in(r.lang))).append("\" width=\"")
                .append(WIDTH).append("\" height=\"").append(r.byClass.size() * barHeight + 4).append("\">\n");
        int y = 2;
        for (Map.Entry<String, Long> e : r.byClass.entrySet()) {
            long w = Math.max(1, Math.round((WIDTH - 180) * (double) e.getValue() / max));
            b.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(e.getKey())).append("</text>")
                    .append("<rect class=\"c").append(esc(e.getKey())).append("\" x=\"60\" y=\"").append(y)
                    .append("\" width=\"").append(w).append("\" height=\"").append(barHeight - 6).append("\"/>")
                    .append("<text x=\"").append(66 + w).append("\" y=\"").append(y + 15).append("\">")
                    .append(e.getValue()).append("</text>\n");
            y += barHeight;
        }
        return b.append("</svg>\n").toString();
    }

    /** Every class per bucket, stacked from 5xx at the bottom (what matters most stays on the axis) up to 1xx. */
    private static String timeChart(LogReport r) {
        List<LogReport.Bucket> buckets = r.buckets;
        StringBuilder b = new StringBuilder();
        b.append("<svg role=\"img\" aria-label=\"").append(esc(UiText.TIMELINE_BY_CLASS.format(r.lang, r.bucketUnit)))
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT + 20).append("\">\n");
        if (buckets.isEmpty()) {
            return b.append("</svg>\n").toString();
        }
        long max = Math.max(1, buckets.stream().mapToLong(x -> x.serverErrors() + x.clientErrors() + x.redirects()
                + x.successes() + x.informational()).max().orElse(1));
        double step = (double) WIDTH / buckets.size();
        String[] classes = {"5xx", "4xx", "3xx", "2xx", "1xx"};
        for (int i = 0; i < buckets.size(); i++) {
            LogReport.Bucket k = buckets.get(i);
            long[] counts = {k.serverErrors(), k.clientErrors(), k.redirects(), k.successes(), k.informational()};
            double x = i * step;
            double top = HEIGHT;
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                double h = HEIGHT * (double) counts[c] / max;
                top -= h;
                b.append(String.format(Locale.ROOT, "<rect class=\"c%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\"><title>%s %s: %d</title></rect>", classes[c], x, top,
                        Math.max(0.5, step - 0.5), h, esc(ReportText.time(k.start())), classes[c], counts[c]));
            }
            b.append('\n');
        }
        b.append("<text x=\"0\" y=\"").append(HEIGHT + 15).append("\">").append(esc(ReportText.time(buckets.get(0)
                .start()))).append("</text><text x=\"").append(WIDTH - 150).append("\" y=\"").append(HEIGHT + 15)
                .append("\">").append(esc(ReportText.time(buckets.get(buckets.size() - 1).start()))).append("</text>\n");
        return b.append("</svg>\n").toString();
    }

    private static void latencyRow(StringBuilder b, String label, dev.httpcodes.logs.latency.Percentiles p) {
        if (p != null) {
            b.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\">").append(p.count())
                    .append(String.format(Locale.ROOT, "</td><td class=\"n\">%.1f</td><td class=\"n\">%.1f</td>"
                            + "<td class=\"n\">%.1f</td><td class=\"n\">%.1f</td></tr>%n", p.p50() / 1000.0,
                            p.p90() / 1000.0, p.p99() / 1000.0, p.max() / 1000.0));
        }
    }

    private static void list(StringBuilder b, String title, List<Map.Entry<String, Long>> values) {
        if (values.isEmpty()) {
            return;
        }
        b.append("<p>").append(esc(title)).append("</p>\n<ol>\n");
        values.forEach(v -> b.append("<li>").append(esc(v.getKey())).append(" — ").append(v.getValue())
                .append("</li>\n"));
        b.append("</ol>\n");
    }

    static String esc(String s) {
        return HtmlEscape.escape(s);
    }
}

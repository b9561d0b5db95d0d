package dev.httpcodes.check.report;

import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.Response;
import dev.httpcodes.check.http.Timings;
import dev.httpcodes.check.lint.Finding;
import dev.httpcodes.check.producer.Attribution;
import dev.httpcodes.check.producer.Evidence;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusClass;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The terminal report. Every piece of text that came from the server goes through {@link TerminalSafe}. */
public final class ReportText {
    private ReportText() {
    }

    public static void render(CheckReport report, Registry registry, Paint paint, PrintStream out) {
        Lang lang = report.lang();
        int n = 1;
        for (HopReport h : report.hops()) {
            hop(h, n++, registry, paint, lang, out);
        }
        report.failureMessage().ifPresent(m -> out.println(paint.byClass(StatusClass.SERVER_ERROR, "✗ ")
                + TerminalSafe.escape(report.failure().orElseThrow().url()) + ": " + TerminalSafe.escape(m)));
        out.println(paint.bold(Words.SUMMARY.format(lang, report.count("error"), report.count("warning"),
                report.count("info"))));
    }

    private static void hop(HopReport h, int n, Registry registry, Paint paint, Lang lang, PrintStream out) {
        Hop hop = h.hop();
        out.println(paint.bold(n + ". " + TerminalSafe.escape(hop.method()) + " "
                + TerminalSafe.escape(hop.url().isEmpty() ? "-" : hop.url())) + "  " + paint.dim(hop.protocol()));
        if (hop.interimVisible()) {
            for (Response r : hop.interim()) {
                out.println("   " + paint.dim(Words.INTERIM.in(lang) + ": ") + status(r.status(), r.reason(),
                        first(registry, r.status()), paint, lang));
            }
        }
        out.println("   " + status(hop.status(), hop.response().reason(), h.meaning(), paint, lang));
        producer(h.producedBy(), paint, lang, out);
        timings(hop.timings(), paint, lang, out);
        if (!hop.interimVisible()) {
            out.println("   " + paint.dim(Words.INTERIM_HIDDEN.in(lang)));
        }
        if (hop.bodyTruncated()) {
            out.println("   " + paint.dim(Words.BODY_TRUNCATED.format(lang, hop.body().length)));
        }
        if (h.findings().isEmpty()) {
            out.println("   " + paint.byClass(StatusClass.SUCCESSFUL, "✓ ") + Words.NO_FINDINGS.in(lang));
        }
        for (Finding f : h.findings()) {
            finding(f, paint, lang, out);
        }
        out.println();
    }

    private static Optional<Entry> first(Registry registry, int code) {
        List<Entry> meanings = code >= 0 && code <= 999 ? registry.find(code) : List.of();
        return meanings.isEmpty() ? Optional.empty() : Optional.of(meanings.get(0));
    }

    private static String status(int code, String reason, Optional<Entry> meaning, Paint paint, Lang lang) {
        StatusClass c = StatusClass.of(Math.max(0, Math.min(999, code)));
        String head = paint.byClass(c, String.format("%03d", code));
        if (meaning.isEmpty()) {
            String wire = reason.isEmpty() ? "" : " " + TerminalSafe.escape(reason);
            return head + wire + "  " + paint.dim(Words.UNKNOWN_STATUS.in(lang));
        }
        Entry e = meaning.get();
        String label = e.code().hasSubcode() ? Words.SUB_STATUS.in(lang) + " " + e.code() + ": " : "";
        String vendor = e.vendor().map(v -> " (" + v.name().in(lang) + ")").orElse("");
        String wire = !reason.isEmpty() && !reason.equalsIgnoreCase(e.phrase())
                ? "  " + paint.dim("“" + TerminalSafe.escape(reason) + "”") : "";
        String title = e.title().in(lang).equalsIgnoreCase(e.phrase()) ? "" : " · " + e.title().in(lang);
        return head + " " + paint.bold(label + e.phrase()) + title + vendor + wire;
    }

    private static void producer(Attribution a, Paint paint, Lang lang, PrintStream out) {
        if (a.name().isEmpty()) {
            out.println("   " + paint.dim(Words.UNKNOWN_PRODUCER.in(lang)));
            return;
        }
        String certainty = switch (a.certainty()) {
            case "generated" -> Words.GENERATED.in(lang);
            case "likely" -> Words.LIKELY.in(lang);
            default -> Words.PASSED_THROUGH.in(lang);
        };
        StringBuilder line = new StringBuilder("   " + Words.PRODUCED_BY.in(lang) + ": "
                + paint.bold(a.name().get() + a.version().map(v -> " " + TerminalSafe.escape(v)).orElse(""))
                + " (" + certainty + ")");
        a.code().ifPresent(c -> line.append(" [").append(TerminalSafe.escape(c)).append(']'));
        out.println(line);
        for (Evidence e : a.evidence()) {
            out.println("     · " + paint.dim(e.source() + ": " + TerminalSafe.escape(e.matched())) + " — "
                    + e.meaning());
        }
        if (!a.via().isEmpty()) {
            out.println("   " + Words.VIA.in(lang) + ": " + String.join(", ", a.via()));
        }
    }

    private static void timings(Timings t, Paint paint, Lang lang, PrintStream out) {
        if (t.source().equals("none")) {
            return;
        }
        StringBuilder line = new StringBuilder("   " + Words.TIMINGS.in(lang) + ": ");
        part(line, Words.DNS, t.dnsMs(), lang);
        part(line, Words.CONNECT, t.connectMs(), lang);
        part(line, Words.TLS, t.tlsMs(), lang);
        part(line, Words.FIRST_BYTE, t.firstByteMs(), lang);
        part(line, Words.TOTAL, t.totalMs(), lang);
        if (t.source().equals("probe")) {
            line.append(' ').append(Words.PROBE_NOTE.in(lang));
        }
        out.println(paint.dim(line.toString().stripTrailing()));
    }

    private static void part(StringBuilder line, Words label, Double ms, Lang lang) {
        if (ms != null) {
            line.append(label.in(lang)).append(' ').append(String.format(java.util.Locale.ROOT, "%.1f ms", ms))
                    .append("  ");
        }
    }

    private static void finding(Finding f, Paint paint, Lang lang, PrintStream out) {
        String level = switch (f.level()) {
            case "error" -> paint.byClass(StatusClass.SERVER_ERROR, "✗ " + Words.ERROR.in(lang));
            case "warning" -> paint.byClass(StatusClass.CLIENT_ERROR, "! " + Words.WARNING.in(lang));
            default -> paint.byClass(StatusClass.INFORMATIONAL, "i " + Words.INFO.in(lang));
        };
        String where = (f.interim() > 0 ? f.interim() + " " : "") + (f.field().isEmpty() ? "" : f.field() + " ");
        out.println("   " + level + " " + paint.bold(f.rule()) + " " + paint.dim(where + f.section()));
        out.println("     " + TerminalSafe.escape(f.message()));
    }
}

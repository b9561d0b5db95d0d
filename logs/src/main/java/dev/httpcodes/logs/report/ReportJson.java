package dev.httpcodes.logs.report;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The report as JSON; the shape is documented in {@code docs/log-report.schema.json}. Besides what JSON requires
 * (C0 controls), DEL, C1 controls, line and paragraph separators and bidirectional embeddings, overrides and
 * isolates are written as {@code \\u} escapes: the same value, but a report viewed with {@code cat} or a pager cannot
 * control the terminal or reorder what is shown.
 */
public final class ReportJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new TerminalSafeEscapes())
            .build();
    /**
     * Written with the streaming generator, not a mapper: the report is a fixed shape, and jackson-databind's few
     * hundred classes cost a cold start a third of a second (as much as counting a million lines).
     */
    private static final ObjectWriteContext CONTEXT = new ObjectWriteContext.Base() {
        private final CharacterEscapes escapes = new TerminalSafeEscapes();

        @Override
        public CharacterEscapes getCharacterEscapes() {
            return escapes;
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /** Escapes for the characters a terminal acts on, beyond those JSON itself escapes. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        TerminalSafeEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            boolean unsafe = c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || c == 0x2028 || c == 0x2029;
            return unsafe ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", c)) : null;
        }
    }

    private ReportJson() {
    }

    public static String render(LogReport r) {
        StringWriter out = new StringWriter(16 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(CONTEXT, out)) {
            g.writeStartObject();
            g.writeNumberProperty("lines", r.lines);
            g.writeNumberProperty("malformed", r.malformed);
            g.writeNumberProperty("noStatus", r.noStatus);
            g.writeNumberProperty("filtered", r.filtered);
            string(g, "filter", r.filter);
            strings(g, "malformedSamples", r.malformedSamples);
            g.writeNumberProperty("bytes", r.bytes);
            time(g, "firstTime", r.firstTime);
            time(g, "lastTime", r.lastTime);
            strings(g, "formats", r.formats);
            counts(g, "byClass", r.byClass);
            counts(g, "statusCounts", r.statusCounts);
            g.writeObjectPropertyStart("producedBy");
            for (Map.Entry<String, LogReport.Produced> p : r.producedBy.entrySet()) {
                g.writeObjectPropertyStart(p.getKey());
                g.writeNumberProperty("proxy", p.getValue().proxy());
                g.writeNumberProperty("upstream", p.getValue().upstream());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectPropertyStart("upstreamStatuses");
            for (Map.Entry<String, Map<String, Long>> u : r.upstreamStatuses.entrySet()) {
                counts(g, u.getKey(), u.getValue());
            }
            g.writeEndObject();
            g.writeObjectPropertyStart("latency");
            g.writeNumberProperty("relativeError", dev.httpcodes.logs.latency.Latencies.RELATIVE_ERROR);
            g.writeObjectPropertyStart("byStatus");
            r.latencyByStatus.forEach((code, p) -> percentiles(g, code, p));
            g.writeEndObject();
            g.writeObjectPropertyStart("byPath");
            r.latencyByPath.forEach((path, p) -> percentiles(g, path, p));
            g.writeEndObject();
            percentiles(g, "errors", r.errorLatency);
            percentiles(g, "successes", r.successLatency);
            g.writeEndObject();
            g.writeArrayPropertyStart("codes");
            for (LogReport.CodeCount c : r.byCode) {
                g.writeStartObject();
                code(g, c);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("errors");
            for (LogReport.ErrorReport e : r.errors) {
                g.writeStartObject();
                code(g, e.code());
                g.writeNumberProperty("bytes", e.bytes());
                top(g, "paths", e.paths());
                top(g, "clients", e.clients());
                top(g, "agents", e.agents());
                top(g, "hosts", e.hosts());
                top(g, "upstreams", e.upstreams());
                top(g, "reasons", e.reasons());
                string(g, "summary", e.summary());
                g.writeArrayPropertyStart("causes");
                for (LogReport.Cause cause : e.causes()) {
                    g.writeStartObject();
                    string(g, "stack", cause.stack());
                    string(g, "cause", cause.cause());
                    strings(g, "fixes", cause.fixes());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("timeSeries");
            g.writeNumberProperty("bucketSeconds", r.bucketSeconds);
            g.writeArrayPropertyStart("buckets");
            for (LogReport.Bucket b : r.buckets) {
                g.writeStartObject();
                time(g, "start", b.start());
                g.writeNumberProperty("total", b.total());
                g.writeNumberProperty("clientErrors", b.clientErrors());
                g.writeNumberProperty("serverErrors", b.serverErrors());
                g.writeNumberProperty("informational", b.informational());
                g.writeNumberProperty("successes", b.successes());
                g.writeNumberProperty("redirects", b.redirects());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayPropertyStart("incomplete");
            for (var i : r.incomplete) {
                g.writeStartObject();
                string(g, "input", i.input());
                g.writeNumberProperty("bytes", i.bytes());
                g.writeNumberProperty("lines", i.lines());
                string(g, "reason", i.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "patterns", r.patterns);
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void code(JsonGenerator g, LogReport.CodeCount c) {
        string(g, "code", c.code());
        g.writeNumberProperty("count", c.count());
        g.writeNumberProperty("share", c.share());
        string(g, "phrase", c.phrase());
        string(g, "titleZh", c.titleZh());
        string(g, "title", c.title());
        string(g, "vendor", c.vendor());
        string(g, "entryId", c.entryId());
    }

    /** Percentiles in milliseconds (microsecond precision), or null. */
    private static void percentiles(JsonGenerator g, String name, dev.httpcodes.logs.latency.Percentiles p) {
        if (p == null) {
            g.writeNullProperty(name);
            return;
        }
        g.writeObjectPropertyStart(name);
        g.writeNumberProperty("count", p.count());
        g.writeNumberProperty("p50Ms", p.p50() / 1000.0);
        g.writeNumberProperty("p90Ms", p.p90() / 1000.0);
        g.writeNumberProperty("p99Ms", p.p99() / 1000.0);
        g.writeNumberProperty("maxMs", p.max() / 1000.0);
        g.writeEndObject();
    }

    private static void top(JsonGenerator g, String name, List<Map.Entry<String, Long>> values) {
        g.writeArrayPropertyStart(name);
        for (Map.Entry<String, Long> v : values) {
            g.writeStartObject();
            string(g, "value", v.getKey());
            g.writeNumberProperty("count", v.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String name, Map<String, Long> counts) {
        g.writeObjectPropertyStart(name);
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            g.writeNumberProperty(c.getKey(), c.getValue());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeArrayPropertyStart(name);
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeStringProperty(name, value);
        }
    }

    private static void time(JsonGenerator g, String name, long epochSecond) {
        if (epochSecond == dev.httpcodes.logs.formats.LogRecord.NO_TIME) {
            g.writeNullProperty(name);
        } else {
            g.writeStringProperty(name, Instant.ofEpochSecond(epochSecond).toString());
        }
    }
}

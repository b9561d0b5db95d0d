package dev.httpcodes.logs.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report as JSON; the shape is documented in {@code docs/log-report.schema.json}. Besides what JSON requires
 * (C0 controls), DEL, C1 controls, line and paragraph separators and bidirectional embeddings, overrides and
 * isolates are written as {@code \\u} escapes: the same value, but a report viewed with {@code cat} or a pager cannot
 * control the terminal or reorder what is shown.
 */
public final class ReportJson {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new TerminalSafeEscapes()).build())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

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
        ObjectNode o = MAPPER.createObjectNode();
        o.put("lines", r.lines);
        o.put("malformed", r.malformed);
        ArrayNode samples = o.putArray("malformedSamples");
        r.malformedSamples.forEach(samples::add);
        o.put("bytes", r.bytes);
        putTime(o, "firstTime", r.firstTime);
        putTime(o, "lastTime", r.lastTime);
        ArrayNode formats = o.putArray("formats");
        r.formats.forEach(formats::add);
        ObjectNode byClass = o.putObject("byClass");
        r.byClass.forEach(byClass::put);
        ObjectNode counts = o.putObject("statusCounts");
        r.statusCounts.forEach(counts::put);
        ArrayNode codes = o.putArray("codes");
        for (LogReport.CodeCount c : r.byCode) {
            code(codes.addObject(), c);
        }
        ArrayNode errors = o.putArray("errors");
        for (LogReport.ErrorReport e : r.errors) {
            ObjectNode x = errors.addObject();
            code(x, e.code());
            x.put("bytes", e.bytes());
            top(x.putArray("paths"), e.paths());
            top(x.putArray("clients"), e.clients());
            top(x.putArray("agents"), e.agents());
            x.put("summary", e.summary());
            ArrayNode causes = x.putArray("causes");
            for (LogReport.Cause cause : e.causes()) {
                ObjectNode c = causes.addObject();
                c.put("stack", cause.stack());
                c.put("cause", cause.cause());
                ArrayNode fixes = c.putArray("fixes");
                cause.fixes().forEach(fixes::add);
            }
        }
        ObjectNode series = o.putObject("timeSeries");
        series.put("bucketSeconds", r.bucketSeconds);
        ArrayNode buckets = series.putArray("buckets");
        for (LogReport.Bucket b : r.buckets) {
            ObjectNode x = buckets.addObject();
            putTime(x, "start", b.start());
            x.put("total", b.total());
            x.put("clientErrors", b.clientErrors());
            x.put("serverErrors", b.serverErrors());
        }
        ArrayNode incomplete = o.putArray("incomplete");
        r.incomplete.forEach(i -> incomplete.addObject().put("input", i.input()).put("bytes", i.bytes())
                .put("lines", i.lines()).put("reason", i.reason()));
        ArrayNode patterns = o.putArray("patterns");
        r.patterns.forEach(patterns::add);
        return MAPPER.writeValueAsString(o);
    }

    private static void code(ObjectNode o, LogReport.CodeCount c) {
        o.put("code", c.code());
        o.put("count", c.count());
        o.put("share", c.share());
        o.put("phrase", c.phrase());
        o.put("titleZh", c.titleZh());
        o.put("title", c.title());
        o.put("vendor", c.vendor());
        o.put("entryId", c.entryId());
    }

    private static void top(ArrayNode array, List<Map.Entry<String, Long>> values) {
        for (Map.Entry<String, Long> v : values) {
            array.addObject().put("value", v.getKey()).put("count", v.getValue());
        }
    }

    private static void putTime(ObjectNode o, String name, long epochSecond) {
        if (epochSecond == dev.httpcodes.logs.formats.LogRecord.NO_TIME) {
            o.putNull(name);
        } else {
            o.put(name, Instant.ofEpochSecond(epochSecond).toString());
        }
    }
}

package dev.httpcodes.logs.formats.cdn;

import dev.httpcodes.logs.formats.ByteSearch;
import dev.httpcodes.logs.formats.IsoTime;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.formats.Sample;
import dev.httpcodes.logs.formats.Times;
import dev.httpcodes.logs.formats.W3cFields;
import java.util.List;

/**
 * CloudFront standard logs: {@code #Version:} and {@code #Fields:} directives, then tab-separated values in the order
 * {@code #Fields:} names (files are delivered gzipped; the reader inflates them). {@code sc-status} {@code 000} means
 * the viewer got no status (it hung up first): a record without status. The producer comes from
 * {@code x-edge-detailed-result-type} (which repeats the result type unless CloudFront failed in a named way), else
 * from {@code x-edge-result-type}: cache hits and misses answered by the origin are the origin's; CloudFront's own
 * failures, limits, redirects and generated responses are the edge's. A bare {@code Error} detailed type is CloudFront
 * passing on the origin's 4xx/5xx (its own failures always carry a specific type such as {@code OriginConnectError}).
 */
public final class CloudFrontParser implements LineParser {
    /** A {@code #Fields:} layout: column count and the columns read (-1: absent). */
    record Columns(int count, int date, int time, int client, int path, int status, int agent, int bytes, int host,
            int result, int detailed, int timeTaken) {
        static final Columns NONE = new Columns(0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);

        static Columns of(List<String> n) {
            int host = n.indexOf("x-host-header");
            return new Columns(n.size(), n.indexOf("date"), n.indexOf("time"), n.indexOf("c-ip"),
                    n.indexOf("cs-uri-stem"), n.indexOf("sc-status"), n.indexOf("cs(User-Agent)"),
                    n.indexOf("sc-bytes"), host >= 0 ? host : n.indexOf("cs(Host)"), n.indexOf("x-edge-result-type"),
                    n.indexOf("x-edge-detailed-result-type"), n.indexOf("time-taken"));
        }
    }

    private static final int MAX_COLUMNS = 96;
    /** What x-edge-detailed-result-type says about who made a response: the knowledge base's values. */
    private static final ProducerValues PRODUCERS = ProducerValues.of("cloudfront");

    private Columns columns = Columns.NONE;
    private final W3cFields fields = new W3cFields((byte) '\t', MAX_COLUMNS);
    private byte[] agent = new byte[256];

    /** Detection: a {@code #Fields:} line naming CloudFront's own fields. */
    public static double score(Sample sample) {
        return sample.share((b, from, to) -> startsWith(b, from, to, "#Fields:")
                && contains(b, from, to, "x-edge-result-type")) > 0 ? 1 : 0;
    }

    @Override
    public boolean hasDirectives() {
        return true;
    }

    @Override
    public void directive(byte[] b, int start, int end) {
        List<String> names = fields.names(b, start, end);
        if (names != null) {
            columns = Columns.of(names);
        }
    }

    @Override
    public Object context() {
        return columns;
    }

    @Override
    public void context(Object context) {
        columns = context instanceof Columns c ? c : Columns.NONE;
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        Columns c = columns;
        if (c.status < 0) {
            return false;
        }
        W3cFields f = fields;
        if (!f.split(b, start, end, c.count)) {
            return false;
        }
        long status = LogRecord.digits(b, f.start(c.status), f.end(c.status));
        if (status < 0 || f.end(c.status) - f.start(c.status) != 3 || status > 0 && status < 100) {
            return false;
        }
        r.status = (int) status;
        if (c.date >= 0 && c.time >= 0) {
            r.epochSecond = Times.dateAndTime(b, f.start(c.date), f.end(c.date), f.start(c.time), f.end(c.time));
            if (r.epochSecond == LogRecord.NO_TIME) {
                return false;
            }
        }
        if (f.present(b, c.bytes)) {
            long bytes = LogRecord.digits(b, f.start(c.bytes), f.end(c.bytes));
            if (bytes < 0) {
                return false;
            }
            r.bytes = bytes;
        }
        if (f.present(b, c.timeTaken)) {
            r.latencyMicros = IsoTime.secondsToMicros(b, f.start(c.timeTaken), f.end(c.timeTaken));
            if (r.latencyMicros < 0) {
                return false;
            }
        }
        if (f.present(b, c.path)) {
            r.path(b, f.start(c.path), f.end(c.path));
        }
        if (f.present(b, c.client)) {
            r.client(b, f.start(c.client), f.end(c.client));
        }
        if (f.present(b, c.host)) {
            r.host(b, f.start(c.host), f.end(c.host));
        }
        if (f.present(b, c.agent)) {
            decodeAgent(b, f.start(c.agent), f.end(c.agent), r);
        }
        int reason = f.present(b, c.detailed) ? c.detailed : f.present(b, c.result) ? c.result : -1;
        if (reason >= 0) {
            r.reason(b, f.start(reason), f.end(reason));
            if (r.status != LogRecord.NO_STATUS) {
                r.producer = producer(b, f.start(reason), f.end(reason));
            }
        }
        return true;
    }

    /** Who made the response, from a result type. */
    static byte producer(byte[] b, int start, int end) {
        return PRODUCERS.producer(b, start, end);
    }

    /** CloudFront percent-encodes the agent ({@code %20} for spaces); decoded into a scratch buffer. */
    private void decodeAgent(byte[] b, int start, int end, LogRecord r) {
        if (agent.length < end - start) {
            agent = new byte[Math.max(end - start, agent.length * 2)];
        }
        int o = 0;
        for (int i = start; i < end; i++) {
            byte x = b[i];
            if (x == '%' && i + 2 < end) {
                int hi = Character.digit(b[i + 1], 16);
                int lo = Character.digit(b[i + 2], 16);
                if (hi >= 0 && lo >= 0) {
                    agent[o++] = (byte) (hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            agent[o++] = x;
        }
        r.agent(agent, 0, o);
    }

    static boolean startsWith(byte[] b, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean contains(byte[] b, int from, int to, String s) {
        byte first = (byte) s.charAt(0);
        for (int i = ByteSearch.find(b, first, from, to); i + s.length() <= to; i = ByteSearch.find(b, first, i + 1, to)) {
            if (startsWith(b, i, to, s)) {
                return true;
            }
        }
        return false;
    }
}

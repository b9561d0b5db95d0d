package dev.httpcodes.logs.formats.cdn;

import dev.httpcodes.logs.formats.IsoTime;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.formats.Sample;

/**
 * Azure Front Door access logs ({@code FrontDoorAccessLog}), one JSON object per line, either in the resource-log
 * envelope ({@code time}, {@code category}, {@code properties: {…}}) that diagnostic settings write to storage or as
 * flat objects of the same properties. {@code httpStatusCode} (a string) of 0 is a record without status.
 * {@code errorInfo} other than {@code NoError} ({@code OriginConnectionError}, {@code OriginTimeout} …) means Front
 * Door made the response; with {@code NoError}, a cache hit or an origin that answered ({@code originIp} set) makes
 * it the origin's, and a response with no origin (a redirect or WAF rule) Front Door's. Latency is {@code timeTaken}
 * (seconds).
 */
public final class FrontDoorParser implements LineParser {
    private static final String[] NAMES = {"httpStatusCode", "errorInfo", "timeTaken", "cacheStatus", "requestUri",
        "clientIp", "userAgent", "hostName", "responseBytes", "originIp", "time"};
    private static final int STATUS = 0;
    private static final int ERROR = 1;
    private static final int TAKEN = 2;
    private static final int CACHE = 3;
    private static final int URI = 4;
    private static final int CLIENT = 5;
    private static final int AGENT = 6;
    private static final int HOST = 7;
    private static final int BYTES = 8;
    private static final int ORIGIN = 9;
    private static final int TIME = 10;
    /** Flat lines carry the time as {@code TimeGenerated} or {@code time}. */
    private static final int TIME_GENERATED = 2 * NAMES.length;
    /** What errorInfo and cacheStatus say about who made a response: the knowledge base's values. */
    private static final ProducerValues PRODUCERS = ProducerValues.of("frontdoor");
    private static final byte[] NOT_AVAILABLE = CloudflareParser.ascii("N/A");

    private final JsonFields json = new JsonFields(paths());
    private int base;

    private static String[] paths() {
        String[] p = new String[2 * NAMES.length + 1];
        for (int i = 0; i < NAMES.length; i++) {
            p[i] = "properties." + NAMES[i];
            p[NAMES.length + i] = NAMES[i];
        }
        p[NAMES.length + TIME] = "time";
        p[2 * NAMES.length] = "TimeGenerated";
        return p;
    }

    /** Detection: JSON lines with Front Door's status and error fields. */
    public static double score(Sample sample) {
        return sample.share(FrontDoorParser::claims);
    }

    /** Whether a line is one of this format's (the generic JSON row leaves such lines to this one). */
    public static boolean claims(byte[] b, int from, int to) {
        return b[from] == '{' && CloudFrontParser.contains(b, from, to,
                "\"httpStatusCode\"") && CloudFrontParser.contains(b, from, to, "\"errorInfo\"");
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        JsonFields f = json;
        if (!f.scan(b, start, end)) {
            return false;
        }
        // The envelope's properties, else the flat object's own members.
        base = f.kind(STATUS) != JsonFields.NONE ? 0 : NAMES.length;
        long status = f.integer(base + STATUS);
        if (status < 0 || status > 999 || status > 0 && status < 100) {
            return false;
        }
        r.status = (int) status;
        int time = f.has(NAMES.length + TIME) ? NAMES.length + TIME : f.has(TIME_GENERATED) ? TIME_GENERATED : -1;
        if (time >= 0 && (f.kind(time) != JsonFields.STRING
                || (r.epochSecond = IsoTime.parse(f.textBytes(time), f.textStart(time), f.textEnd(time)))
                        == LogRecord.NO_TIME)) {
            return false;
        }
        long bytes = f.integer(at(BYTES));
        if (bytes < -1) {
            return false;
        }
        r.bytes = Math.max(0, bytes);
        if (f.has(at(TAKEN))) {
            byte kind = f.kind(at(TAKEN));
            if (kind == JsonFields.STRING || kind == JsonFields.NUMBER) {
                r.latencyMicros = IsoTime.secondsToMicros(b, f.start(at(TAKEN)), f.end(at(TAKEN)));
            }
            if (r.latencyMicros < 0) {
                return false;
            }
        }
        if (f.kind(at(URI)) == JsonFields.STRING) {
            UrlParts.split(f.textBytes(at(URI)), f.textStart(at(URI)), f.textEnd(at(URI)), r);
        }
        if (f.kind(at(HOST)) == JsonFields.STRING) {
            r.host(f.textBytes(at(HOST)), f.textStart(at(HOST)), f.textEnd(at(HOST)));
        }
        if (f.kind(at(CLIENT)) == JsonFields.STRING) {
            r.client(f.textBytes(at(CLIENT)), f.textStart(at(CLIENT)), f.textEnd(at(CLIENT)));
        }
        if (f.kind(at(AGENT)) == JsonFields.STRING) {
            r.agent(f.textBytes(at(AGENT)), f.textStart(at(AGENT)), f.textEnd(at(AGENT)));
        }
        int origin = at(ORIGIN);
        boolean originAnswered = f.kind(origin) == JsonFields.STRING && f.end(origin) > f.start(origin)
                && !f.is(origin, NOT_AVAILABLE);
        if (originAnswered) {
            r.upstream(f.textBytes(origin), f.textStart(origin), f.textEnd(origin));
        }
        int error = at(ERROR);
        if (f.kind(error) == JsonFields.STRING) {
            r.reason(f.textBytes(error), f.textStart(error), f.textEnd(error));
        }
        if (r.status != LogRecord.NO_STATUS) {
            int cache = at(CACHE);
            boolean hit = f.kind(cache) == JsonFields.STRING
                    && PRODUCERS.isCacheHit(f.textBytes(cache), f.textStart(cache), f.textEnd(cache));
            boolean noError = !f.has(error) || f.kind(error) == JsonFields.STRING
                    && PRODUCERS.isUpstream(f.textBytes(error), f.textStart(error), f.textEnd(error));
            r.producer = noError && (hit || originAnswered) ? LogRecord.PRODUCER_UPSTREAM : LogRecord.PRODUCER_PROXY;
        }
        return true;
    }

    private int at(int field) {
        return base + field;
    }
}

package dev.httpcodes.logs.formats.cdn;

import dev.httpcodes.logs.formats.IsoTime;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.formats.Sample;

/**
 * Google Cloud external Application Load Balancer request logs, exported from Cloud Logging as one LogEntry per line:
 * {@code httpRequest.status}, {@code httpRequest.latency} ({@code "0.052s"}), {@code httpRequest.requestUrl},
 * {@code remoteIp}, {@code userAgent}, {@code serverIp} (the backend), {@code timestamp}, and
 * {@code jsonPayload.statusDetails}, which says who answered: the backend ({@code response_sent_by_backend}), the
 * cache (the backend's response, stored), or the load balancer itself ({@code failed_to_connect_to_backend},
 * {@code backend_timeout}, {@code denied_by_security_policy} …). An entry without a status (the client left before
 * any response) is a record without status.
 */
public final class GoogleLbParser implements LineParser {
    private static final int STATUS = 0;
    private static final int LATENCY = 1;
    private static final int URL = 2;
    private static final int CLIENT = 3;
    private static final int AGENT = 4;
    private static final int BYTES = 5;
    private static final int SERVER = 6;
    private static final int TIME = 7;
    private static final int DETAILS = 8;
    /** What statusDetails says about who made a response: the knowledge base's values. */
    private static final ProducerValues PRODUCERS = ProducerValues.of("google-lb");

    private final JsonFields json = new JsonFields("httpRequest.status", "httpRequest.latency",
            "httpRequest.requestUrl", "httpRequest.remoteIp", "httpRequest.userAgent", "httpRequest.responseSize",
            "httpRequest.serverIp", "timestamp", "jsonPayload.statusDetails");

    /** Detection: JSON lines with an {@code httpRequest} and the load balancer's {@code statusDetails}. */
    public static double score(Sample sample) {
        return sample.share(GoogleLbParser::claims);
    }

    /** Whether a line is one of this format's (the generic JSON row leaves such lines to this one). */
    public static boolean claims(byte[] b, int from, int to) {
        return b[from] == '{' && CloudFrontParser.contains(b, from, to,
                "\"httpRequest\"") && CloudFrontParser.contains(b, from, to, "\"statusDetails\"");
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        JsonFields f = json;
        if (!f.scan(b, start, end) || f.kind(DETAILS) != JsonFields.STRING) {
            return false;
        }
        long status = f.integer(STATUS);
        if (status < -1 || status > 999 || status > 0 && status < 100) {
            return false;
        }
        r.status = status <= 0 ? LogRecord.NO_STATUS : (int) status;
        if (f.has(TIME) && (f.kind(TIME) != JsonFields.STRING
                || (r.epochSecond = IsoTime.parse(f.textBytes(TIME), f.textStart(TIME), f.textEnd(TIME)))
                        == LogRecord.NO_TIME)) {
            return false;
        }
        long bytes = f.integer(BYTES);
        if (bytes < -1) {
            return false;
        }
        r.bytes = Math.max(0, bytes);
        if (f.has(LATENCY)) {
            // A protobuf Duration in JSON: decimal seconds and an "s".
            int s = f.start(LATENCY);
            int e = f.end(LATENCY);
            if (f.kind(LATENCY) != JsonFields.STRING || e <= s || b[e - 1] != 's'
                    || (r.latencyMicros = IsoTime.secondsToMicros(b, s, e - 1)) < 0) {
                return false;
            }
        }
        if (f.kind(URL) == JsonFields.STRING) {
            UrlParts.split(f.textBytes(URL), f.textStart(URL), f.textEnd(URL), r);
        }
        if (f.kind(CLIENT) == JsonFields.STRING) {
            r.client(f.textBytes(CLIENT), f.textStart(CLIENT), f.textEnd(CLIENT));
        }
        if (f.kind(AGENT) == JsonFields.STRING) {
            r.agent(f.textBytes(AGENT), f.textStart(AGENT), f.textEnd(AGENT));
        }
        if (f.kind(SERVER) == JsonFields.STRING && f.end(SERVER) > f.start(SERVER)) {
            r.upstream(f.textBytes(SERVER), f.textStart(SERVER), f.textEnd(SERVER));
        }
        r.reason(f.textBytes(DETAILS), f.textStart(DETAILS), f.textEnd(DETAILS));
        if (r.status != LogRecord.NO_STATUS) {
            if (f.kind(DETAILS) == JsonFields.STRING) {
                byte producer = PRODUCERS.producer(f.textBytes(DETAILS), f.textStart(DETAILS), f.textEnd(DETAILS));
                if (producer != LogRecord.PRODUCER_UNKNOWN) {
                    r.producer = producer;
                }
            }
        }
        return true;
    }
}

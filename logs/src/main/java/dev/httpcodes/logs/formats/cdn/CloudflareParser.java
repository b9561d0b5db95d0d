package dev.httpcodes.logs.formats.cdn;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.formats.IsoTime;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.formats.Sample;
import java.nio.charset.StandardCharsets;

/**
 * Cloudflare Logpush {@code http_requests} jobs: one JSON object per line (files delivered gzipped). The status is
 * {@code EdgeResponseStatus}; {@code OriginResponseStatus} is 0 when the origin gave no answer. A cache hit (hit,
 * stale, revalidated, updating) is the origin's response; an origin status with a non-52x edge status is the origin's
 * too; Cloudflare made the response when there was no origin answer, and for its own codes (the knowledge base's
 * Cloudflare entries: its 52x, 530, 499), which it writes even when the origin answered something unusable (the
 * origin's status is kept as the upstream status). {@code EdgeStartTimestamp}
 * may be RFC 3339 or unix seconds, milliseconds or nanoseconds, as the job's {@code timestamp_format} chose. Latency is
 * {@code EdgeTimeToFirstByteMs}, else {@code OriginResponseDurationMs}.
 */
public final class CloudflareParser implements LineParser {
    private static final int STATUS = 0;
    private static final int ORIGIN_STATUS = 1;
    private static final int CACHE = 2;
    private static final int PATH = 3;
    private static final int URI = 4;
    private static final int CLIENT = 5;
    private static final int AGENT = 6;
    private static final int HOST = 7;
    private static final int TIME = 8;
    private static final int TTFB = 9;
    private static final int ORIGIN_MS = 10;
    private static final int BYTES = 11;
    private static final int ORIGIN_IP = 12;
    private static final byte[][] CACHED = {ascii("hit"), ascii("stale"), ascii("revalidated"),
        ascii("updating")};
    /** The codes Cloudflare's edge makes itself, by number: those of the knowledge base's Cloudflare entries. */
    private static final boolean[] OWN_CODES = ownCodes(Registry.standard(), "cloudflare");

    private final JsonFields json = new JsonFields("EdgeResponseStatus", "OriginResponseStatus", "CacheCacheStatus",
            "ClientRequestPath", "ClientRequestURI", "ClientIP", "ClientRequestUserAgent", "ClientRequestHost",
            "EdgeStartTimestamp", "EdgeTimeToFirstByteMs", "OriginResponseDurationMs", "EdgeResponseBytes",
            "OriginIP");

    /** Detection: JSON lines naming Cloudflare's edge status field. */
    public static double score(Sample sample) {
        return sample.share(CloudflareParser::claims);
    }

    /** Whether a line is one of this format's (the generic JSON row leaves such lines to this one). */
    public static boolean claims(byte[] b, int from, int to) {
        return b[from] == '{' && CloudFrontParser.contains(b, from, to,
                "\"EdgeResponseStatus\"");
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        JsonFields f = json;
        if (!f.scan(b, start, end)) {
            return false;
        }
        long status = f.integer(STATUS);
        long origin = f.integer(ORIGIN_STATUS);
        if (status < 0 || status > 999 || status > 0 && status < 100 || origin < -1 || origin > 999) {
            return false;
        }
        r.status = (int) status;
        if (f.has(TIME) && (r.epochSecond = time(f)) == LogRecord.NO_TIME) {
            return false;
        }
        long bytes = f.integer(BYTES);
        if (bytes < -1) {
            return false;
        }
        r.bytes = Math.max(0, bytes);
        long ttfb = f.integer(TTFB);
        long originMs = f.integer(ORIGIN_MS);
        if (ttfb < -1 || originMs < -1) {
            return false;
        }
        r.latencyMicros = ttfb >= 0 ? ttfb * 1000 : originMs >= 0 ? originMs * 1000 : LogRecord.NO_LATENCY;
        int path = f.kind(PATH) == JsonFields.STRING ? PATH : f.kind(URI) == JsonFields.STRING ? URI : -1;
        if (path >= 0) {
            byte[] t = f.textBytes(path);
            int s = f.textStart(path);
            int e = f.textEnd(path);
            int q = s;
            while (q < e && t[q] != '?') {
                q++;
            }
            r.path(t, s, q);
        }
        if (f.kind(CLIENT) == JsonFields.STRING) {
            r.client(f.textBytes(CLIENT), f.textStart(CLIENT), f.textEnd(CLIENT));
        }
        if (f.kind(AGENT) == JsonFields.STRING) {
            r.agent(f.textBytes(AGENT), f.textStart(AGENT), f.textEnd(AGENT));
        }
        if (f.kind(HOST) == JsonFields.STRING) {
            r.host(f.textBytes(HOST), f.textStart(HOST), f.textEnd(HOST));
        }
        if (f.kind(ORIGIN_IP) == JsonFields.STRING && f.end(ORIGIN_IP) > f.start(ORIGIN_IP)) {
            r.upstream(f.textBytes(ORIGIN_IP), f.textStart(ORIGIN_IP), f.textEnd(ORIGIN_IP));
        }
        if (f.kind(CACHE) == JsonFields.STRING) {
            r.reason(f.textBytes(CACHE), f.textStart(CACHE), f.textEnd(CACHE));
        }
        if (origin > 0) {
            r.upstreamStatus = (int) origin;
        }
        if (r.status != LogRecord.NO_STATUS) {
            boolean cached = false;
            for (byte[] c : CACHED) {
                cached |= f.is(CACHE, c);
            }
            boolean edgeError = r.status > 0 && OWN_CODES[r.status];
            r.producer = cached && !edgeError || origin > 0 && !edgeError ? LogRecord.PRODUCER_UPSTREAM
                    : LogRecord.PRODUCER_PROXY;
        }
        return true;
    }

    /** Which numbers the vendor's entries give a meaning of its own. */
    static boolean[] ownCodes(Registry registry, String vendor) {
        boolean[] own = new boolean[1000];
        for (Entry e : registry.entries()) {
            if (e.vendor().isPresent() && e.vendor().get().id().equals(vendor)) {
                own[e.code().code()] = true;
            }
        }
        return own;
    }

    /** RFC 3339 text, or a unix number whose digits tell its unit (s, ms, µs, ns). */
    private static long time(JsonFields f) {
        if (f.kind(TIME) == JsonFields.STRING && f.integer(TIME) < 0) {
            return IsoTime.parse(f.textBytes(TIME), f.textStart(TIME), f.textEnd(TIME));
        }
        int at = f.start(TIME);
        int digits = f.end(TIME) - at;
        if (f.kind(TIME) != JsonFields.NUMBER && f.kind(TIME) != JsonFields.STRING || digits > 19
                || LogRecord.digits(f.textBytes(TIME), at, at + Math.min(digits, 18)) < 0
                || digits == 19 && LogRecord.digits(f.textBytes(TIME), at + 18, at + 19) < 0) {
            return LogRecord.NO_TIME;
        }
        // The unit from the number of digits; the seconds are the leading digits (nanoseconds need 19 digits, one
        // more than a long-safe decimal read, so the fraction is never parsed).
        int fraction = digits <= 11 ? 0 : digits <= 14 ? 3 : digits <= 17 ? 6 : 9;
        long seconds = LogRecord.digits(f.textBytes(TIME), at, at + digits - fraction);
        return LogRecord.saneTime(seconds) ? seconds : LogRecord.NO_TIME;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

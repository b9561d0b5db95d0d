package dev.httpcodes.logs.formats.proxy;

import dev.httpcodes.logs.formats.ByteSearch;
import dev.httpcodes.logs.formats.DetectionTrial;
import dev.httpcodes.logs.formats.IsoTime;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.formats.Sample;

/**
 * Envoy's default access log format:
 * <pre>[START_TIME] "METHOD PATH PROTOCOL" RESPONSE_CODE RESPONSE_FLAGS BYTES_RECEIVED BYTES_SENT DURATION
 * UPSTREAM_SERVICE_TIME "X-FORWARDED-FOR" "USER-AGENT" "X-REQUEST-ID" "AUTHORITY" "UPSTREAM_HOST"</pre>
 * and Istio's sidecar default, which adds {@code RESPONSE_CODE_DETAILS CONNECTION_TERMINATION_DETAILS
 * "UPSTREAM_TRANSPORT_FAILURE_REASON"} after the flags and more fields after the upstream host (ignored). A response
 * code of 0 means no response was sent: a record without status. An error status with a response flag other than
 * {@code DC} (the client went away) or {@code DI} (an injected delay) was written by Envoy itself ({@code UF},
 * {@code UH}, {@code UT}, {@code NR}, {@code URX}, {@code RL} …); otherwise the response is the upstream host's, or
 * Envoy's own (a direct response) when there is no upstream host.
 */
public final class EnvoyParser implements LineParser {
    private static final DetectionTrial TRIAL = new DetectionTrial(EnvoyParser::new);
    private final int[] quoted = new int[10];

    /** Detection: the share of lines that read as Envoy's format. */
    public static double score(Sample sample) {
        return sample.share(TRIAL::reads);
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        if (end - start < 30 || b[start] != '[') {
            return false;
        }
        int close = ByteSearch.find(b, (byte) ']', start, end);
        if (close >= end || (r.epochSecond = IsoTime.parse(b, start + 1, close)) == LogRecord.NO_TIME
                || close + 2 >= end || b[close + 1] != ' ' || b[close + 2] != '"') {
            return false;
        }
        int requestStart = close + 3;
        int requestEnd = ByteSearch.find(b, (byte) '"', requestStart, end);
        if (requestEnd >= end) {
            return false;
        }
        path(b, requestStart, requestEnd, r);
        int i = requestEnd + 2;
        if (requestEnd + 1 >= end || b[requestEnd + 1] != ' ') {
            return false;
        }
        int statusEnd = token(b, i, end);
        long status = LogRecord.digits(b, i, statusEnd);
        if (status < 0 || status > 999 || status > 0 && status < 100) {
            return false;
        }
        r.status = (int) status;
        int flagsStart = statusEnd + 1;
        int flagsEnd = token(b, flagsStart, end);
        if (flagsEnd <= flagsStart) {
            return false;
        }
        r.reason(b, flagsStart, flagsEnd);
        i = flagsEnd + 1;
        if (i < end && (b[i] < '0' || b[i] > '9')) {
            // Istio: code details, termination details, "transport failure reason".
            i = token(b, token(b, i, end) + 1, end) + 1;
            if (i >= end || b[i] != '"') {
                return false;
            }
            int q = ByteSearch.find(b, (byte) '"', i + 1, end);
            if (q + 1 >= end || b[q + 1] != ' ') {
                return false;
            }
            i = q + 2;
        }
        int receivedEnd = token(b, i, end);
        int sentEnd = token(b, receivedEnd + 1, end);
        int durationEnd = token(b, sentEnd + 1, end);
        int serviceEnd = token(b, durationEnd + 1, end);
        long sent = LogRecord.digits(b, receivedEnd + 1, sentEnd);
        long duration = dash(b, sentEnd + 1, durationEnd) ? LogRecord.NO_LATENCY
                : LogRecord.digits(b, sentEnd + 1, durationEnd);
        if (LogRecord.digits(b, i, receivedEnd) < 0 || sent < 0 || duration < -1 || serviceEnd >= end) {
            return false;
        }
        r.bytes = sent;
        r.latencyMicros = duration < 0 ? LogRecord.NO_LATENCY : duration * 1000;
        // Five quoted fields: forwarded-for, agent, request id, authority, upstream host.
        i = serviceEnd + 1;
        for (int k = 0; k < 5; k++) {
            if (i >= end || b[i] != '"') {
                return false;
            }
            int q = ByteSearch.find(b, (byte) '"', i + 1, end);
            if (q >= end || q + 1 < end && b[q + 1] != ' ') {
                return false;
            }
            quoted[2 * k] = i + 1;
            quoted[2 * k + 1] = q;
            i = q + 2;
        }
        if (!dash(b, quoted[0], quoted[1])) {
            r.client(b, quoted[0], ByteSearch.find(b, (byte) ',', quoted[0], quoted[1]));
        }
        if (!dash(b, quoted[2], quoted[3])) {
            r.agent(b, quoted[2], quoted[3]);
        }
        if (!dash(b, quoted[6], quoted[7])) {
            r.host(b, quoted[6], quoted[7]);
        }
        boolean upstream = !dash(b, quoted[8], quoted[9]);
        if (upstream) {
            r.upstream(b, quoted[8], quoted[9]);
        }
        if (r.status != LogRecord.NO_STATUS) {
            r.producer = r.status >= 400 && ownFlag(b, flagsStart, flagsEnd) || !upstream
                    ? LogRecord.PRODUCER_PROXY : LogRecord.PRODUCER_UPSTREAM;
        }
        return true;
    }

    /** Whether the comma-separated flags hold one of Envoy's own outcomes (anything but -, DC, DI). */
    static boolean ownFlag(byte[] b, int start, int end) {
        int from = start;
        while (from < end) {
            int comma = ByteSearch.find(b, (byte) ',', from, end);
            int n = comma - from;
            boolean neutral = n == 1 && b[from] == '-'
                    || n == 2 && b[from] == 'D' && (b[from + 1] == 'C' || b[from + 1] == 'I');
            if (!neutral && n > 0) {
                return true;
            }
            from = comma + 1;
        }
        return false;
    }

    private static void path(byte[] b, int start, int end, LogRecord r) {
        int space = ByteSearch.find(b, (byte) ' ', start, end);
        if (space >= end) {
            return;
        }
        int pathEnd = ByteSearch.find(b, (byte) ' ', space + 1, end);
        int q = ByteSearch.find(b, (byte) '?', space + 1, pathEnd);
        if (q > space + 1 && !dash(b, space + 1, q)) {
            r.path(b, space + 1, q);
        }
    }

    private static boolean dash(byte[] b, int start, int end) {
        return end - start == 1 && b[start] == '-' || end <= start;
    }

    private static int token(byte[] b, int from, int end) {
        return from >= end ? end : ByteSearch.find(b, (byte) ' ', from, end);
    }
}

package dev.httpcodes.logs.formats.proxy;

import dev.httpcodes.logs.formats.ByteSearch;
import dev.httpcodes.logs.formats.DetectionTrial;
import dev.httpcodes.logs.formats.IsoTime;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.formats.Sample;
import dev.httpcodes.logs.formats.Times;

/**
 * HAProxy's {@code option httplog} and {@code option tcplog} lines, with or without a syslog prefix (whatever comes
 * before {@code client:port [accept_date]} is skipped, so RFC 3164, RFC 5424 and ISO-stamped relays all read):
 * <pre>client:port [accept_date] frontend backend/server TR/Tw/Tc/Tr/Ta status bytes req_cookie resp_cookie
 * termination_state actconn/feconn/beconn/srvconn/retries srv_queue/backend_queue [{req headers}] [{resp headers}]
 * "request"</pre>
 * A status of {@code -1} (the proxy sent none) and every tcplog line are records without status. The termination
 * state decides who made a response: with {@code --} (or an abort once data was flowing, second letter {@code D} or
 * {@code L}) the server's response went through; otherwise HAProxy stopped the exchange and wrote the status itself
 * ({@code sH} 504, {@code SH} 502, {@code SC} 503, {@code PR} 403, {@code cR} 408 …), as it does for {@code <NOSRV>}.
 * The accept date is local time without an offset; it is taken as UTC. Latency is {@code Ta} (or {@code Tt}).
 */
public final class HaproxyParser implements LineParser {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final DetectionTrial TRIAL = new DetectionTrial(HaproxyParser::new);
    /** Brackets tried before giving up: a syslog prefix holds at most one ({@code haproxy[pid]}). */
    private static final int MAX_BRACKETS = 4;
    private final int[] timers = new int[6];

    /** Detection: the share of lines that read as httplog or tcplog. */
    public static double score(Sample sample) {
        return sample.share(TRIAL::reads);
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        int open = acceptDate(b, start, end);
        if (open < 0) {
            return false;
        }
        int clientStart = lastSpace(b, start, open - 1) + 1;
        int colon = clientStart;
        for (int k = open - 2; k > clientStart; k--) {
            if (b[k] == ':') {
                colon = k;
                break;
            }
        }
        if (colon <= clientStart || LogRecord.digits(b, colon + 1, open - 1) < 0) {
            return false;
        }
        r.client(b, clientStart, colon);
        int close = ByteSearch.find(b, (byte) ']', open, end);
        if (close >= end || (r.epochSecond = acceptTime(b, open + 1, close)) == LogRecord.NO_TIME) {
            return false;
        }
        int i = close + 2;
        int frontendEnd = token(b, i, end);
        int serverStart = frontendEnd + 1;
        int serverEnd = token(b, serverStart, end);
        int slash = ByteSearch.find(b, (byte) '/', serverStart, serverEnd);
        if (close + 1 >= end || b[close + 1] != ' ' || frontendEnd <= i || slash >= serverEnd) {
            return false;
        }
        boolean noServer = serverEnd - slash - 1 == 7 && b[slash + 1] == '<';
        int timersStart = serverEnd + 1;
        int timersEnd = token(b, timersStart, end);
        int count = timers(b, timersStart, timersEnd);
        if (count != 3 && count != 5) {
            return false;
        }
        i = timersEnd + 1;
        if (count == 3) {
            return tcp(b, i, end, r, serverStart, serverEnd, noServer);
        }
        int statusEnd = token(b, i, end);
        boolean none = statusEnd - i == 2 && b[i] == '-' && b[i + 1] == '1';
        long status = none ? LogRecord.NO_STATUS : statusEnd - i == 3 ? LogRecord.digits(b, i, statusEnd) : -1;
        if (status < 0 || status > 0 && status < 100) {
            return false;
        }
        r.status = (int) status;
        i = statusEnd + 1;
        int bytesEnd = token(b, i, end);
        long bytes = LogRecord.digits(b, i + (i < end && b[i] == '+' ? 1 : 0), bytesEnd);
        if (bytes < 0) {
            return false;
        }
        r.bytes = bytes;
        i = token(b, token(b, bytesEnd + 1, end) + 1, end) + 1; // the two captured cookies
        int stateEnd = token(b, i, end);
        if (stateEnd - i != 4 && stateEnd - i != 2) {
            return false;
        }
        r.reason(b, i, stateEnd);
        if (r.status != LogRecord.NO_STATUS) {
            byte second = b[i + 1];
            r.producer = b[i] == '-' ? (noServer ? LogRecord.PRODUCER_PROXY : LogRecord.PRODUCER_UPSTREAM)
                    : (second == 'D' || second == 'L') && !noServer ? LogRecord.PRODUCER_UPSTREAM
                    : LogRecord.PRODUCER_PROXY;
        }
        latency(r, count);
        if (!noServer) {
            r.upstream(b, serverStart, serverEnd);
        }
        int connsEnd = token(b, stateEnd + 1, end);
        int queuesEnd = token(b, connsEnd + 1, end);
        if (queuesEnd >= end || timers(b, stateEnd + 1, connsEnd) != 5 || timers(b, connsEnd + 1, queuesEnd) != 2) {
            return false;
        }
        i = queuesEnd + 1;
        // Up to two blocks of captured headers, then the quoted request line (cut short, without its closing quote,
        // when HAProxy truncated it).
        for (int k = 0; k < 2 && i < end && b[i] == '{'; k++) {
            int brace = ByteSearch.find(b, (byte) '}', i, end);
            if (brace >= end) {
                return false;
            }
            i = brace + 2;
        }
        if (i >= end || b[i] != '"') {
            return false;
        }
        request(b, i + 1, b[end - 1] == '"' && end - 1 > i ? end - 1 : end, r);
        return true;
    }

    private boolean tcp(byte[] b, int i, int end, LogRecord r, int serverStart, int serverEnd, boolean noServer) {
        latency(r, 3); // before the connection counts reuse the timers
        int bytesEnd = token(b, i, end);
        long bytes = LogRecord.digits(b, i + (i < end && b[i] == '+' ? 1 : 0), bytesEnd);
        int stateEnd = token(b, bytesEnd + 1, end);
        int connsEnd = token(b, stateEnd + 1, end);
        int queuesEnd = token(b, connsEnd + 1, end);
        if (bytes < 0 || stateEnd - bytesEnd - 1 != 2 || queuesEnd != end || timers(b, stateEnd + 1, connsEnd) != 5
                || timers(b, connsEnd + 1, queuesEnd) != 2) {
            return false;
        }
        r.status = LogRecord.NO_STATUS;
        r.bytes = bytes;
        r.reason(b, bytesEnd + 1, stateEnd);
        if (!noServer) {
            r.upstream(b, serverStart, serverEnd);
        }
        return true;
    }

    /** The last timer ({@code Ta} in httplog, {@code Tt} in tcplog) is the whole exchange, in milliseconds. */
    private void latency(LogRecord r, int count) {
        int total = timers[count - 1];
        if (total >= 0) {
            r.latencyMicros = total * 1000L;
        }
    }

    /** The path of {@code METHOD URI VERSION}: an absolute URI gives its host and path, the query is dropped. */
    private static void request(byte[] b, int start, int end, LogRecord r) {
        int space = ByteSearch.find(b, (byte) ' ', start, end);
        if (space >= end) {
            return; // <BADREQ> and other requests without a target
        }
        int uri = space + 1;
        int uriEnd = ByteSearch.find(b, (byte) ' ', uri, end);
        int q = ByteSearch.find(b, (byte) '?', uri, uriEnd);
        int pathStart = uri;
        if (uri < uriEnd && b[uri] != '/') {
            int scheme = ByteSearch.find(b, (byte) ':', uri, q);
            if (scheme + 2 < q && b[scheme + 1] == '/' && b[scheme + 2] == '/') {
                int hostStart = scheme + 3;
                pathStart = ByteSearch.find(b, (byte) '/', hostStart, q);
                r.host(b, hostStart, pathStart);
            }
        }
        if (q > pathStart) {
            r.path(b, pathStart, q);
        }
    }

    /** The {@code [} of the accept date ({@code [06/Feb/2009:12:14:14.655]}) after a space, or -1. */
    private static int acceptDate(byte[] b, int start, int end) {
        int i = start;
        for (int tries = 0; tries < MAX_BRACKETS; tries++) {
            i = ByteSearch.find(b, (byte) '[', i, end);
            if (i + 26 > end) {
                return -1;
            }
            if (i > start + 2 && b[i - 1] == ' ' && b[i + 3] == '/' && b[i + 7] == '/' && b[i + 12] == ':') {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** {@code 06/Feb/2009:12:14:14.655} (milliseconds optional) as UTC epoch seconds. */
    private static long acceptTime(byte[] b, int at, int end) {
        if (end - at != 20 && !(end - at == 24 && b[at + 20] == '.')) {
            return LogRecord.NO_TIME;
        }
        if (end - at == 24 && Times.num(b, at + 21, 3) < 0) {
            return LogRecord.NO_TIME;
        }
        int month = -1;
        for (int m = 0; m < 12; m++) {
            if (MONTHS.charAt(m * 3) == b[at + 3] && MONTHS.charAt(m * 3 + 1) == b[at + 4]
                    && MONTHS.charAt(m * 3 + 2) == b[at + 5]) {
                month = m + 1;
            }
        }
        int day = Times.num(b, at, 2);
        int year = Times.num(b, at + 7, 4);
        int hour = Times.num(b, at + 12, 2);
        int minute = Times.num(b, at + 15, 2);
        int second = Times.num(b, at + 18, 2);
        if ((day | month | year | hour | minute | second) < 0 || b[at + 14] != ':' || b[at + 17] != ':'
                || day > IsoTime.lengthOfMonth(year, month)) {
            return LogRecord.NO_TIME;
        }
        return Times.checked(year, month, day, hour, minute, second, 0);
    }

    /**
     * Reads {@code a/b/c…} (each a number, possibly {@code -1} or {@code +n}) into {@link #timers}; returns how many
     * parts there were, or -1 when one is not a number or there are too many.
     */
    private int timers(byte[] b, int start, int end) {
        int n = 0;
        int from = start;
        while (from <= end) {
            int slash = ByteSearch.find(b, (byte) '/', from, end);
            if (n == timers.length) {
                return -1;
            }
            int s = from < slash && (b[from] == '+' || b[from] == '-') ? from + 1 : from;
            long v = slash - s > 9 ? -1 : LogRecord.digits(b, s, slash);
            if (v < 0) {
                return -1;
            }
            timers[n++] = b[from] == '-' ? -1 : (int) v;
            from = slash + 1;
        }
        return n;
    }

    private static int token(byte[] b, int from, int end) {
        return from >= end ? end : ByteSearch.find(b, (byte) ' ', from, end);
    }

    private static int lastSpace(byte[] b, int start, int before) {
        for (int k = before - 1; k >= start; k--) {
            if (b[k] == ' ') {
                return k;
            }
        }
        return start - 1;
    }
}

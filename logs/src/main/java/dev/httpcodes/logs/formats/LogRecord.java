package dev.httpcodes.logs.formats;

import java.nio.charset.StandardCharsets;

/**
 * One parsed line, reused from line to line so parsing allocates nothing. Text fields are byte ranges (of the line
 * itself, or of a parser's scratch buffer when the text had to be decoded, as in JSON strings or IIS {@code +}
 * spaces); they are read only for error lines, and the counters copy the bytes, never a String per line.
 */
public final class LogRecord {
    /** No timestamp in the line (the format or the line has none). */
    public static final long NO_TIME = Long.MIN_VALUE;
    /** Timestamps outside [1970-01-01, 9999-12-31] are not a web server's: the line is malformed. */
    public static final long MIN_TIME = 0;
    public static final long MAX_TIME = 253_402_300_799L;
    /** Byte counts of more digits than this are refused (18 digits always fit in a long). */
    public static final int MAX_DIGITS = 18;
    /**
     * A valid record that carries no HTTP status (HAProxy {@code -1}, Envoy {@code 0}, CloudFront {@code 000}, a TCP
     * listener's line): counted apart under "no status", never as a code.
     */
    public static final int NO_STATUS = 0;
    /** No latency in the line. */
    public static final long NO_LATENCY = -1;

    /** Who made the response, when the line carries the evidence (see {@link #producer}). */
    public static final byte PRODUCER_UNKNOWN = 0;
    /** The proxy, load balancer or CDN answered by itself (no upstream response, or it replaced it). */
    public static final byte PRODUCER_PROXY = 1;
    /** The response came from the upstream (application, target, origin); a cache hit counts as the upstream's. */
    public static final byte PRODUCER_UPSTREAM = 2;

    public int status;
    public int substatus;
    public long epochSecond;
    public long bytes;
    public byte[] pathBytes;
    public int pathStart;
    public int pathEnd;
    public byte[] clientBytes;
    public int clientStart;
    public int clientEnd;
    public byte[] agentBytes;
    public int agentStart;
    public int agentEnd;
    /** One of the {@code PRODUCER_} constants. */
    public byte producer;
    /** The upstream's own status when the line has it apart from the status sent (ALB target, origin), else -1. */
    public int upstreamStatus;
    /** Time to answer in microseconds ({@code $request_time}, ALB target time, CloudFront time-taken), or -1. */
    public long latencyMicros;
    public byte[] hostBytes;
    public int hostStart;
    public int hostEnd;
    /** The upstream address (ALB target, {@code $upstream_addr}, Envoy upstream host). */
    public byte[] upstreamBytes;
    public int upstreamStart;
    public int upstreamEnd;
    /**
     * The format's own reason token for the outcome, kept for the diagnosis: ALB {@code error_reason}, Envoy response
     * flags, HAProxy termination state, CloudFront detailed result type, Google {@code statusDetails}, Front Door
     * {@code errorInfo}.
     */
    public byte[] reasonBytes;
    public int reasonStart;
    public int reasonEnd;

    public void reset(byte[] line) {
        status = -1;
        substatus = -1;
        epochSecond = NO_TIME;
        bytes = 0;
        pathBytes = clientBytes = agentBytes = hostBytes = upstreamBytes = reasonBytes = line;
        pathStart = pathEnd = clientStart = clientEnd = agentStart = agentEnd = 0;
        hostStart = hostEnd = upstreamStart = upstreamEnd = reasonStart = reasonEnd = 0;
        producer = PRODUCER_UNKNOWN;
        upstreamStatus = -1;
        latencyMicros = NO_LATENCY;
    }

    public void path(byte[] b, int start, int end) {
        pathBytes = b;
        pathStart = start;
        pathEnd = end;
    }

    public void client(byte[] b, int start, int end) {
        clientBytes = b;
        clientStart = start;
        clientEnd = end;
    }

    public void agent(byte[] b, int start, int end) {
        agentBytes = b;
        agentStart = start;
        agentEnd = end;
    }

    public void host(byte[] b, int start, int end) {
        hostBytes = b;
        hostStart = start;
        hostEnd = end;
    }

    public void upstream(byte[] b, int start, int end) {
        upstreamBytes = b;
        upstreamStart = start;
        upstreamEnd = end;
    }

    public void reason(byte[] b, int start, int end) {
        reasonBytes = b;
        reasonStart = start;
        reasonEnd = end;
    }

    public String host() {
        return text(hostBytes, hostStart, hostEnd);
    }

    public String upstream() {
        return text(upstreamBytes, upstreamStart, upstreamEnd);
    }

    public String reason() {
        return text(reasonBytes, reasonStart, reasonEnd);
    }

    /** The path as text (tests and diagnostics; the counters take the bytes). */
    public String path() {
        return text(pathBytes, pathStart, pathEnd);
    }

    public String client() {
        return text(clientBytes, clientStart, clientEnd);
    }

    public String agent() {
        return text(agentBytes, agentStart, agentEnd);
    }

    private static String text(byte[] b, int start, int end) {
        return end > start ? new String(b, start, end - start, StandardCharsets.UTF_8) : "-";
    }

    /**
     * Reads at most {@link #MAX_DIGITS} decimal digits of {@code b[start, end)}; -1 when the range is empty, holds a
     * non-digit, or has too many digits.
     */
    public static long digits(byte[] b, int start, int end) {
        if (end <= start || end - start > MAX_DIGITS) {
            return -1;
        }
        long n = 0;
        for (int i = start; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    /** Whether a timestamp is one a log can hold (see {@link #MIN_TIME}). */
    public static boolean saneTime(long epochSecond) {
        return epochSecond >= MIN_TIME && epochSecond <= MAX_TIME;
    }
}

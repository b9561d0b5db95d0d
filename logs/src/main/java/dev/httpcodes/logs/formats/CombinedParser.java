package dev.httpcodes.logs.formats;

/**
 * nginx/Apache "combined" and "common" lines, scanned byte by byte:
 * {@code addr ident user [time] "request" status bytes ["referer" "agent"]}. The request is read up to its closing
 * quote, honouring {@code \"} escapes, so a request with spaces or garbage in it still yields the right status
 * (where {@code awk '{print $9}'} picks the wrong field). A timestamp that cannot be read or lies outside the
 * sane range, or a bytes field of more than {@link LogRecord#MAX_DIGITS} digits, makes the line malformed.
 */
final class CombinedParser implements LineParser {
    private static final DetectionTrial TRIAL = new DetectionTrial(CombinedParser::new);

    /** Whether a line reads as combined or common (format detection). */
    static boolean reads(byte[] b, int start, int end) {
        return TRIAL.reads(b, start, end);
    }

    /** Per parser (so per thread): consecutive lines mostly share their timestamp. */
    private final Times.Cache times = new Times.Cache();

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        int i = start;
        int clientEnd = indexOf(b, (byte) ' ', i, end);
        if (clientEnd <= i) {
            return false;
        }
        r.client(b, i, clientEnd);
        int open = indexOf(b, (byte) '[', clientEnd, end);
        if (open < 0) {
            return false;
        }
        // The timestamp has a fixed width (dd/Mon/yyyy:hh:mm:ss +zzzz): look where its end should be first.
        int close = open + 27 < end && b[open + 27] == ']' ? open + 27 : indexOf(b, (byte) ']', open, end);
        if (close < 0) {
            return false;
        }
        r.epochSecond = times.parse(b, open + 1, close);
        if (r.epochSecond == LogRecord.NO_TIME) {
            return false;
        }
        i = close + 1;
        if (i + 2 >= end || b[i] != ' ' || b[i + 1] != '"') {
            return false;
        }
        int requestStart = i + 2;
        int requestEnd = closingQuote(b, requestStart, end);
        if (requestEnd < 0) {
            return false;
        }
        path(b, requestStart, requestEnd, r);
        i = requestEnd + 1;
        if (i + 4 > end || b[i] != ' ') {
            return false;
        }
        int status = 0;
        for (int k = i + 1; k < i + 4; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            status = status * 10 + d;
        }
        r.status = status;
        i += 4;
        if (i < end && b[i] != ' ') {
            return false;
        }
        i++;
        int bytesStart = i;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        if (i > bytesStart) {
            long bytes = LogRecord.digits(b, bytesStart, i);
            if (bytes < 0) {
                return false;
            }
            r.bytes = bytes;
        } else if (i < end && b[i] == '-') {
            i++;
        }
        if (status < 400) {
            // Only error lines report their agent: the rest of the line need not be scanned.
            return true;
        }
        // Combined adds "referer" "agent"; common ends here.
        int refererOpen = indexOf(b, (byte) '"', i, end);
        if (refererOpen >= 0) {
            int refererClose = closingQuote(b, refererOpen + 1, end);
            if (refererClose >= 0) {
                int agentOpen = indexOf(b, (byte) '"', refererClose + 1, end);
                if (agentOpen >= 0) {
                    int agentClose = closingQuote(b, agentOpen + 1, end);
                    if (agentClose >= 0) {
                        r.agent(b, agentOpen + 1, agentClose);
                    }
                }
            }
        }
        return true;
    }

    /** The path of {@code METHOD /path?query HTTP/1.1}, without the query; the whole field when it is not a request. */
    static void path(byte[] b, int start, int end, LogRecord r) {
        int space = indexOf(b, (byte) ' ', start, end);
        int pathStart = space < 0 ? start : space + 1;
        int pathEnd = pathStart;
        while (pathEnd < end && b[pathEnd] != ' ' && b[pathEnd] != '?') {
            pathEnd++;
        }
        r.path(b, pathStart, pathEnd);
    }

    static int indexOf(byte[] b, byte c, int from, int end) {
        int i = ByteSearch.find(b, c, from, end);
        return i < end ? i : -1;
    }

    /** The index of the quote that closes a field opened just before {@code from}, skipping {@code \"}. */
    static int closingQuote(byte[] b, int from, int end) {
        int i = from;
        while (i < end) {
            i = ByteSearch.findEither(b, (byte) '"', (byte) '\\', i, end);
            if (i >= end) {
                return -1;
            }
            if (b[i] == '"') {
                return i;
            }
            i += 2;
        }
        return -1;
    }
}

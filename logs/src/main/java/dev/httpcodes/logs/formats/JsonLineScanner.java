package dev.httpcodes.logs.formats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of {@link JsonLinesParser}: reads the common shape of a JSON log line straight from its bytes, with
 * no tokenizer object and no String per field. It accepts only a strict subset of JSON, in which every token means
 * exactly what Jackson makes of it: one flat object, ASCII names and strings without escapes, numbers in JSON's
 * grammar, {@code true}/{@code false}/{@code null}, blanks and tabs between tokens. Anything else (escapes,
 * non-ASCII bytes, nested objects, arrays, syntax errors, a line cut short) makes it answer {@link #FALLBACK}, and the
 * full parser reads the line from scratch, so both paths give the same result for every line. The record is written
 * only when the line is read to its end, so a fallback starts from a clean record.
 */
final class JsonLineScanner {
    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int FALLBACK = 2;

    /** Longer names and numbers are left to the full parser (it has limits of its own on both). */
    private static final int MAX_NAME = 256;
    private static final int MAX_NUMBER = 64;
    private static final int STATUS = 0;
    private static final int TIME = 1;
    private static final int PATH = 2;
    private static final int CLIENT = 3;
    private static final int AGENT = 4;
    private static final int BYTES = 5;
    private static final int NONE = Integer.MAX_VALUE;

    private static final byte STRING = 1;
    private static final byte NUMBER = 2;
    private static final byte LITERAL = 3;
    private static final byte NULL = 4;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final byte[] TIME_LOCAL = "time_local".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REQUEST = "request".getBytes(StandardCharsets.US_ASCII);

    /** Name → its rank in each of the six lists (-1: not in that list); open addressing on the name's bytes. */
    private final byte[][] slotNames;
    private final int[][] slotRanks;
    private final int mask;

    /** The last ISO time read and its value: lines written in the same second share it. */
    private final byte[] lastTime = new byte[40];
    private int lastTimeLength = -1;
    private long lastTimeValue;

    // What the line being read has given so far.
    private int valueStart;
    private int valueEnd;
    private byte valueKind;

    JsonLineScanner(JsonLinesParser.Fields fields) {
        List<List<String>> lists = List.of(fields.status(), fields.time(), fields.path(), fields.client(),
                fields.agent(), fields.bytes());
        List<String> names = new ArrayList<>();
        for (List<String> l : lists) {
            for (String n : l) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        int size = Integer.highestOneBit(Math.max(4, names.size()) * 4);
        slotNames = new byte[size][];
        slotRanks = new int[size][];
        mask = size - 1;
        for (String n : names) {
            byte[] bytes = n.getBytes(StandardCharsets.UTF_8);
            int[] ranks = new int[lists.size()];
            for (int k = 0; k < ranks.length; k++) {
                ranks[k] = lists.get(k).indexOf(n);
            }
            int slot = hash(bytes, 0, bytes.length) & mask;
            while (slotNames[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slotNames[slot] = bytes;
            slotRanks[slot] = ranks;
        }
    }

    /** Reads {@code b[start, end)}: {@link #TRUE} or {@link #FALSE} as the full parser would say, or {@link #FALLBACK}. */
    int scan(byte[] b, int start, int end, LogRecord r) {
        if (start >= end || b[start] != '{') {
            return FALLBACK;
        }
        int statusRank = NONE;
        int statusStart = -1;
        int statusEnd = -1;
        int timeRank = NONE;
        long time = LogRecord.NO_TIME;
        boolean timeSet = false;
        boolean timeBad = false;
        int pathRank = NONE;
        int pathStart = -1;
        int pathEnd = -1;
        int clientRank = NONE;
        int clientStart = -1;
        int clientEnd = -1;
        int agentRank = NONE;
        int agentStart = -1;
        int agentEnd = -1;
        int bytesRank = NONE;
        long bytes = 0;
        boolean bytesSet = false;

        int i = blanks(b, start + 1, end);
        if (i >= end) {
            return FALLBACK;
        }
        if (b[i] != '}') {
            while (true) {
                if (i >= end || b[i] != '"') {
                    return FALLBACK;
                }
                int nameStart = i + 1;
                int nameEnd = plainString(b, nameStart, end);
                if (nameEnd < 0 || nameEnd - nameStart > MAX_NAME) {
                    return FALLBACK;
                }
                i = blanks(b, nameEnd + 1, end);
                if (i >= end || b[i] != ':') {
                    return FALLBACK;
                }
                i = value(b, blanks(b, i + 1, end), end);
                if (i < 0) {
                    return FALLBACK;
                }
                i = blanks(b, i, end);
                if (i >= end || b[i] != ',' && b[i] != '}') {
                    return FALLBACK;
                }
                int[] ranks = ranks(b, nameStart, nameEnd);
                if (ranks != null) {
                    // The same choices, in the same order, as the full parser's chain of conditions.
                    boolean isNull = valueKind == NULL;
                    int rank;
                    if ((rank = ranks[STATUS]) >= 0 && rank < statusRank) {
                        statusRank = rank;
                        statusStart = isNull ? -1 : valueStart;
                        statusEnd = valueEnd;
                    } else if ((rank = ranks[TIME]) >= 0 && rank < timeRank) {
                        timeRank = rank;
                        if (!isNull) {
                            time = equals(b, nameStart, nameEnd, TIME_LOCAL)
                                    ? Times.commonLog(b, valueStart, valueEnd) : iso(b, valueStart, valueEnd);
                            timeSet = true;
                            if (time == LogRecord.NO_TIME) {
                                timeBad = true;
                            }
                        }
                    } else if ((rank = ranks[PATH]) >= 0 && rank < pathRank) {
                        pathRank = rank;
                        if (!isNull) {
                            pathStart = valueStart;
                            pathEnd = valueEnd;
                            if (equals(b, nameStart, nameEnd, REQUEST)) {
                                requestPath(b, valueStart, valueEnd);
                                pathStart = valueStart;
                                pathEnd = valueEnd;
                            }
                            int q = find(b, (byte) '?', pathStart, pathEnd);
                            if (q >= 0) {
                                pathEnd = q;
                            }
                        }
                    } else if ((rank = ranks[CLIENT]) >= 0 && rank < clientRank) {
                        clientRank = rank;
                        if (!isNull) {
                            clientStart = valueStart;
                            clientEnd = valueEnd;
                        }
                    } else if ((rank = ranks[AGENT]) >= 0 && rank < agentRank) {
                        agentRank = rank;
                        if (!isNull) {
                            agentStart = valueStart;
                            agentEnd = valueEnd;
                        }
                    } else if ((rank = ranks[BYTES]) >= 0 && rank < bytesRank && !isNull
                            && !(valueEnd - valueStart == 1 && b[valueStart] == '-')) {
                        long n = LogRecord.digits(b, valueStart, valueEnd);
                        if (n < 0) {
                            return FALSE;
                        }
                        bytesRank = rank;
                        bytes = n;
                        bytesSet = true;
                    }
                }
                if (b[i] == '}') {
                    break;
                }
                i = blanks(b, i + 1, end);
            }
        }
        // What follows the object is not read, as with the full parser.
        if (statusStart < 0 || statusEnd - statusStart != 3 || timeBad) {
            return FALSE;
        }
        int status = 0;
        for (int k = statusStart; k < statusEnd; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return FALSE;
            }
            status = status * 10 + d;
        }
        r.status = status;
        if (timeSet) {
            r.epochSecond = time;
        }
        if (pathStart >= 0) {
            r.path(b, pathStart, pathEnd);
        }
        if (clientStart >= 0) {
            r.client(b, clientStart, clientEnd);
        }
        if (agentStart >= 0) {
            r.agent(b, agentStart, agentEnd);
        }
        if (bytesSet) {
            r.bytes = bytes;
        }
        return TRUE;
    }

    /**
     * Reads the value at {@code i}, setting {@link #valueStart}, {@link #valueEnd} (a string's contents, a number's or
     * literal's text) and {@link #valueKind}; returns the index after it, or -1 for anything left to the full parser.
     */
    private int value(byte[] b, int i, int end) {
        if (i >= end) {
            return -1;
        }
        byte c = b[i];
        if (c == '"') {
            int close = plainString(b, i + 1, end);
            if (close < 0) {
                return -1;
            }
            valueKind = STRING;
            valueStart = i + 1;
            valueEnd = close;
            return close + 1;
        }
        if (c == '-' || c >= '0' && c <= '9') {
            int after = JsonNumber.end(b, i, end);
            if (after < 0 || after - i > MAX_NUMBER) {
                return -1;
            }
            valueKind = NUMBER;
            valueStart = i;
            valueEnd = after;
            return after;
        }
        int length = c == 't' || c == 'n' ? 4 : c == 'f' ? 5 : 0;
        if (length == 0 || i + length > end) {
            return -1;
        }
        if (c == 't' && b[i + 1] == 'r' && b[i + 2] == 'u' && b[i + 3] == 'e'
                || c == 'f' && b[i + 1] == 'a' && b[i + 2] == 'l' && b[i + 3] == 's' && b[i + 4] == 'e') {
            valueKind = LITERAL;
        } else if (c == 'n' && b[i + 1] == 'u' && b[i + 2] == 'l' && b[i + 3] == 'l') {
            valueKind = NULL;
        } else {
            return -1;
        }
        valueStart = i;
        valueEnd = i + length;
        return i + length;
    }

    /**
     * The closing quote of a string whose contents start at {@code from}, when they are printable ASCII without
     * escapes; -1 otherwise (an escape, a control character, a non-ASCII byte or no closing quote).
     */
    private static int plainString(byte[] b, int from, int end) {
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long w = (long) LONGS.get(b, i);
            long q = w ^ QUOTES;
            long s = w ^ BACKSLASHES;
            // A quote or backslash (a zero byte in q or s), a byte below 0x20, or one of 0x80 and above.
            long special = ((q - ONES) & ~q | (s - ONES) & ~s | (w - ONES * 0x20) & ~w | w) & HIGHS;
            if (special != 0) {
                i += Long.numberOfTrailingZeros(special) >>> 3;
                return b[i] == '"' ? i : -1;
            }
        }
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    private static int blanks(byte[] b, int from, int end) {
        int i = from;
        while (i < end && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * The path of a request line, as the full parser takes it: the second of its space-separated parts when there
     * is one (a part may be empty: {@code "GET  /x"} gives the empty path), otherwise the whole value.
     */
    private void requestPath(byte[] b, int start, int end) {
        int space = find(b, (byte) ' ', start, end);
        if (space < 0) {
            return;
        }
        boolean more = false;
        for (int k = space + 1; k < end; k++) {
            if (b[k] != ' ') {
                more = true;
                break;
            }
        }
        if (!more) {
            return;
        }
        int next = find(b, (byte) ' ', space + 1, end);
        valueStart = space + 1;
        valueEnd = next < 0 ? end : next;
    }

    private static int find(byte[] b, byte c, int from, int end) {
        int i = ByteSearch.find(b, c, from, end);
        return i < end ? i : -1;
    }

    private int[] ranks(byte[] b, int start, int end) {
        int slot = hash(b, start, end) & mask;
        byte[] name;
        while ((name = slotNames[slot]) != null) {
            if (Arrays.equals(name, 0, name.length, b, start, end)) {
                return slotRanks[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static int hash(byte[] b, int start, int end) {
        int h = end - start;
        for (int i = start; i < end; i++) {
            h = h * 31 + b[i];
        }
        return h ^ (h >>> 16);
    }

    private static boolean equals(byte[] b, int start, int end, byte[] name) {
        return Arrays.equals(b, start, end, name, 0, name.length);
    }

    /**
     * An ISO 8601 time with an offset: the common shapes ({@code 2026-11-27T09:39:15[.fraction](Z|+hh:mm)}, every
     * field in range) directly; anything else as the full parser reads it, through {@link Times#iso(String)}.
     */
    private long iso(byte[] b, int start, int end) {
        int length = end - start;
        if (length == lastTimeLength && Arrays.equals(b, start, end, lastTime, 0, length)) {
            return lastTimeValue;
        }
        long t = IsoTime.parse(b, start, end);
        if (t == LogRecord.NO_TIME) {
            t = Times.iso(new String(b, start, length, StandardCharsets.ISO_8859_1));
        }
        if (length <= lastTime.length) {
            System.arraycopy(b, start, lastTime, 0, length);
            lastTimeLength = length;
            lastTimeValue = t;
        }
        return t;
    }
}

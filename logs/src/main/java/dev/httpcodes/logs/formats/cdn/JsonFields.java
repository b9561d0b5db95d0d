package dev.httpcodes.logs.formats.cdn;

import dev.httpcodes.logs.formats.ByteSearch;
import dev.httpcodes.logs.formats.JsonNumber;
import dev.httpcodes.logs.formats.LogRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the fields a JSON log needs from one line, nested objects included ({@code httpRequest.status},
 * {@code properties.httpStatusCode}), without allocating: a check of the whole line's JSON syntax, a walk that
 * matches member names against a small tree of wanted paths, and byte ranges of the values found. Strings with escapes
 * are decoded (into a per-field buffer) only when asked for. Arrays are checked and skipped; nothing inside them is
 * read. The generic {@code json} format's scanner reads flat objects only, hence this one for the nested shapes of the
 * cloud exports. Not thread-safe: one per parser.
 */
final class JsonFields {
    static final byte NONE = 0;
    static final byte STRING = 1;
    static final byte NUMBER = 2;
    static final byte LITERAL = 3;
    static final byte NULL = 4;
    /** An object or array where a value was wanted: present, but of no type a field takes. */
    static final byte COMPOSITE = 5;
    /** Objects and arrays nested deeper than this make the line malformed (no log nests this deep). */
    private static final int MAX_DEPTH = 32;

    /** The path tree: per node, its name, its children and the field id it ends (-1: none). */
    private final List<byte[]> names = new ArrayList<>();
    private final List<int[]> children = new ArrayList<>();
    private final List<Integer> ids = new ArrayList<>();
    private final int fields;

    private final int[] starts;
    private final int[] ends;
    private final byte[] kinds;
    private final boolean[] escaped;
    private final byte[][] decoded;
    private byte[] line;

    /** Each wanted field as a dotted path; its index is its id. */
    JsonFields(String... paths) {
        fields = paths.length;
        names.add(new byte[0]);
        children.add(new int[0]);
        ids.add(-1);
        for (int id = 0; id < paths.length; id++) {
            int node = 0;
            for (String part : paths[id].split("\\.")) {
                node = child(node, part.getBytes(StandardCharsets.UTF_8), true);
            }
            ids.set(node, id);
        }
        starts = new int[fields];
        ends = new int[fields];
        kinds = new byte[fields];
        escaped = new boolean[fields];
        decoded = new byte[fields][];
    }

    private int child(int node, byte[] name, boolean add) {
        for (int c : children.get(node)) {
            if (Arrays.equals(names.get(c), name)) {
                return c;
            }
        }
        if (!add) {
            return -1;
        }
        names.add(name);
        children.add(new int[0]);
        ids.add(-1);
        int c = names.size() - 1;
        int[] old = children.get(node);
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = c;
        children.set(node, grown);
        return c;
    }

    private int child(int node, byte[] b, int start, int end) {
        for (int c : children.get(node)) {
            byte[] n = names.get(c);
            if (Arrays.equals(n, 0, n.length, b, start, end)) {
                return c;
            }
        }
        return -1;
    }

    // The walk's state for one line.
    private int pos;
    private int end;
    private boolean lastEscaped;

    /** Reads {@code b[start, end)}; false when it is not one JSON object (blanks may follow it). */
    boolean scan(byte[] b, int start, int end) {
        line = b;
        Arrays.fill(kinds, NONE);
        this.end = end;
        pos = blanks(b, start);
        if (pos >= end || b[pos] != '{') {
            return false;
        }
        if (!object(b, 0, 0)) {
            return false;
        }
        return blanks(b, pos) == end;
    }

    /** An object from {@code b[pos] == '{'}; {@code node} is where it sits in the path tree (-1: off every path). */
    private boolean object(byte[] b, int node, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        pos = blanks(b, pos + 1);
        if (pos < end && b[pos] == '}') {
            pos++;
            return true;
        }
        while (true) {
            if (pos >= end || b[pos] != '"') {
                return false;
            }
            int nameStart = pos + 1;
            int nameEnd = string(b, nameStart);
            if (nameEnd < 0) {
                return false;
            }
            int at = node < 0 || lastEscaped ? -1 : child(node, b, nameStart, nameEnd);
            pos = blanks(b, nameEnd + 1);
            if (pos >= end || b[pos] != ':') {
                return false;
            }
            pos = blanks(b, pos + 1);
            if (!value(b, at, depth)) {
                return false;
            }
            pos = blanks(b, pos);
            if (pos >= end) {
                return false;
            }
            if (b[pos] == '}') {
                pos++;
                return true;
            }
            if (b[pos] != ',') {
                return false;
            }
            pos = blanks(b, pos + 1);
        }
    }

    private boolean value(byte[] b, int node, int depth) {
        if (pos >= end) {
            return false;
        }
        byte c = b[pos];
        int id = node < 0 ? -1 : ids.get(node);
        int valueStart = pos;
        byte kind;
        boolean esc = false;
        if (c == '{' || c == '[') {
            if (id >= 0) {
                kinds[id] = COMPOSITE;
            }
            return c == '{' ? object(b, node, depth + 1) : array(b, depth + 1);
        } else if (c == '"') {
            int close = string(b, pos + 1);
            if (close < 0) {
                return false;
            }
            valueStart = pos + 1;
            kind = STRING;
            esc = lastEscaped;
            pos = close + 1;
            if (id >= 0) {
                starts[id] = valueStart;
                ends[id] = close;
                kinds[id] = kind;
                escaped[id] = esc;
            }
            return true;
        } else if (c == '-' || c >= '0' && c <= '9') {
            int after = JsonNumber.end(b, pos, end);
            if (after < 0) {
                return false;
            }
            kind = NUMBER;
            pos = after;
        } else if (literal(b, "true") || literal(b, "false")) {
            kind = LITERAL;
        } else if (literal(b, "null")) {
            kind = NULL;
        } else {
            return false;
        }
        if (id >= 0) {
            starts[id] = valueStart;
            ends[id] = pos;
            kinds[id] = kind;
            escaped[id] = false;
        }
        return true;
    }

    private boolean array(byte[] b, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        pos = blanks(b, pos + 1);
        if (pos < end && b[pos] == ']') {
            pos++;
            return true;
        }
        while (true) {
            if (!value(b, -1, depth)) {
                return false;
            }
            pos = blanks(b, pos);
            if (pos >= end) {
                return false;
            }
            if (b[pos] == ']') {
                pos++;
                return true;
            }
            if (b[pos] != ',') {
                return false;
            }
            pos = blanks(b, pos + 1);
        }
    }

    private boolean literal(byte[] b, String word) {
        int n = word.length();
        if (pos + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        pos += n;
        return true;
    }

    /**
     * The closing quote of a string whose contents start at {@code from}, checking escapes and control bytes; sets
     * {@link #lastEscaped} when it holds an escape; -1 when the string is bad or not closed.
     */
    private int string(byte[] b, int from) {
        lastEscaped = false;
        int i = from;
        while (true) {
            int q = ByteSearch.findEither(b, (byte) '"', (byte) '\\', i, end);
            if (q >= end) {
                return -1;
            }
            for (int k = i; k < q; k++) {
                if ((b[k] & 0xff) < 0x20) {
                    return -1;
                }
            }
            if (b[q] == '"') {
                return q;
            }
            lastEscaped = true;
            if (q + 1 >= end) {
                return -1;
            }
            byte e = b[q + 1];
            if (e == 'u') {
                if (q + 6 > end) {
                    return -1;
                }
                for (int k = q + 2; k < q + 6; k++) {
                    if (Character.digit(b[k], 16) < 0) {
                        return -1;
                    }
                }
                i = q + 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                i = q + 2;
            } else {
                return -1;
            }
        }
    }

    private int blanks(byte[] b, int from) {
        int i = from;
        while (i < end && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    // What the last scan found.

    byte kind(int id) {
        return kinds[id];
    }

    boolean has(int id) {
        return kinds[id] != NONE && kinds[id] != NULL;
    }

    /** Whether the field is a string equal to {@code text} (ASCII, compared raw). */
    boolean is(int id, byte[] text) {
        return kinds[id] == STRING && Arrays.equals(line, starts[id], ends[id], text, 0, text.length);
    }

    /**
     * A whole number given as a JSON number or a string of digits; -1 when absent or null, -2 when it is anything
     * else (another type, a sign, a fraction, too many digits).
     */
    long integer(int id) {
        byte k = kinds[id];
        if (k == NONE || k == NULL) {
            return -1;
        }
        if (k != NUMBER && !(k == STRING && !escaped[id])) {
            return -2;
        }
        long n = LogRecord.digits(line, starts[id], ends[id]);
        return n < 0 ? -2 : n;
    }

    int start(int id) {
        return starts[id];
    }

    int end(int id) {
        return ends[id];
    }

    /** The string's bytes: the line itself, or the decoded copy when it has escapes ({@link #textStart}...). */
    byte[] textBytes(int id) {
        if (!escaped[id]) {
            return line;
        }
        decode(id);
        return decoded[id];
    }

    int textStart(int id) {
        return escaped[id] ? 0 : starts[id];
    }

    int textEnd(int id) {
        return escaped[id] ? decodedLength[id] : ends[id];
    }

    private int[] decodedLength;

    private void decode(int id) {
        if (decodedLength == null) {
            decodedLength = new int[fields];
        }
        int length = ends[id] - starts[id];
        if (decoded[id] == null || decoded[id].length < length) {
            decoded[id] = new byte[Math.max(length, 64)];
        }
        byte[] out = decoded[id];
        int o = 0;
        for (int i = starts[id]; i < ends[id]; i++) {
            byte c = line[i];
            if (c != '\\') {
                out[o++] = c;
                continue;
            }
            byte e = line[++i];
            if (e != 'u') {
                out[o++] = switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                };
                continue;
            }
            int cp = hex4(i + 1);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < ends[id] && line[i + 1] == '\\' && line[i + 2] == 'u') {
                int low = hex4(i + 3);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD; // a lone surrogate
            }
            // \\uXXXX is 6 bytes and its UTF-8 at most 3 (4 for a pair of 12), so the copy never outgrows the text.
            if (cp < 0x80) {
                out[o++] = (byte) cp;
            } else if (cp < 0x800) {
                out[o++] = (byte) (0xC0 | cp >> 6);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out[o++] = (byte) (0xE0 | cp >> 12);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[o++] = (byte) (0xF0 | cp >> 18);
                out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        decodedLength[id] = o;
    }

    private int hex4(int at) {
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            v = v * 16 + Character.digit(line[k], 16);
        }
        return v;
    }
}

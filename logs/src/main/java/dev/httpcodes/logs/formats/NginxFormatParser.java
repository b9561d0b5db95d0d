package dev.httpcodes.logs.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lines written by an nginx {@code log_format}, given as its format string
 * ({@code '$remote_addr - $remote_user [$time_local] "$request" $status …'}). The format is compiled into literals
 * and variables; a variable's value runs to the next literal (inside quotes, {@code \"} does not end it).
 */
final class NginxFormatParser implements LineParser {
    /** Variables the report uses; any other variable is matched and skipped. */
    static final Set<String> KNOWN = Set.of("remote_addr", "http_x_forwarded_for", "time_local", "time_iso8601",
            "msec", "request", "request_uri", "uri", "status", "body_bytes_sent", "bytes_sent", "http_user_agent",
            "upstream_status", "upstream_addr", "request_time", "host", "http_host", "server_name");
    /**
     * Variables that hold one value per upstream tried, {@code ", "} between retries and {@code " : "} between
     * internal redirects ({@code 502, 502 : 200}); their value runs over those separators.
     */
    static final Set<String> LISTS = Set.of("upstream_status", "upstream_addr", "upstream_response_time",
            "upstream_connect_time", "upstream_header_time", "upstream_bytes_received", "upstream_cache_status");

    /** A literal (with its bytes, made once) or a variable. */
    private record Part(String literal, String variable, byte[] bytes) {
        Part(String literal, String variable) {
            this(literal, variable, literal == null ? null : literal.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final List<Part> parts;

    NginxFormatParser(String format) {
        this.parts = compile(format);
        if (parts.stream().noneMatch(p -> "status".equals(p.variable()))) {
            throw new IllegalArgumentException("the log format has no $status");
        }
    }

    private static List<Part> compile(String format) {
        List<Part> result = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '$') {
                boolean braced = i + 1 < format.length() && format.charAt(i + 1) == '{';
                int j = i + (braced ? 2 : 1);
                int nameStart = j;
                while (j < format.length() && (Character.isLetterOrDigit(format.charAt(j)) || format.charAt(j) == '_')) {
                    j++;
                }
                if (j == nameStart) {
                    literal.append(c);
                    i++;
                    continue;
                }
                if (literal.length() > 0) {
                    result.add(new Part(literal.toString(), null));
                    literal.setLength(0);
                }
                result.add(new Part(null, format.substring(nameStart, j)));
                i = braced && j < format.length() && format.charAt(j) == '}' ? j + 1 : j;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            result.add(new Part(literal.toString(), null));
        }
        for (int k = 1; k < result.size(); k++) {
            if (result.get(k).variable() != null && result.get(k - 1).variable() != null) {
                throw new IllegalArgumentException("$" + result.get(k - 1).variable() + " and $"
                        + result.get(k).variable() + " have nothing between them to tell them apart");
            }
        }
        return List.copyOf(result);
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        int i = start;
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            if (part.literal() != null) {
                byte[] lit = part.bytes();
                if (!startsWith(b, i, end, lit)) {
                    return false;
                }
                i += lit.length;
                continue;
            }
            boolean quoted = k > 0 && parts.get(k - 1).literal() != null && parts.get(k - 1).literal().endsWith("\"");
            int valueEnd;
            if (k + 1 < parts.size()) {
                byte[] next = parts.get(k + 1).bytes();
                valueEnd = LISTS.contains(part.variable()) ? listEnd(b, i, end, next)
                        : find(b, i, end, next, quoted);
                if (valueEnd < 0) {
                    return false;
                }
            } else {
                valueEnd = end;
            }
            if (!assign(part.variable(), b, i, valueEnd, r)) {
                return false;
            }
            i = valueEnd;
        }
        return r.status >= 0;
    }

    private static boolean assign(String variable, byte[] b, int start, int end, LogRecord r) {
        switch (variable) {
            case "status" -> {
                if (end - start != 3) {
                    return false;
                }
                int s = 0;
                for (int i = start; i < end; i++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9) {
                        return false;
                    }
                    s = s * 10 + d;
                }
                r.status = s;
            }
            case "remote_addr", "http_x_forwarded_for" -> {
                if (variable.equals("remote_addr") || r.clientEnd == r.clientStart) {
                    r.client(b, start, end);
                }
            }
            case "time_local" -> {
                r.epochSecond = Times.commonLog(b, start, end);
                return r.epochSecond != LogRecord.NO_TIME;
            }
            case "time_iso8601", "msec" -> {
                r.epochSecond = Times.iso(new String(b, start, end - start, StandardCharsets.US_ASCII));
                return r.epochSecond != LogRecord.NO_TIME;
            }
            case "request" -> CombinedParser.path(b, start, end, r);
            case "request_uri", "uri" -> {
                int q = start;
                while (q < end && b[q] != '?') {
                    q++;
                }
                r.path(b, start, q);
            }
            case "body_bytes_sent", "bytes_sent" -> {
                if (end - start == 1 && b[start] == '-') {
                    return true;
                }
                r.bytes = LogRecord.digits(b, start, end);
                return r.bytes >= 0;
            }
            case "http_user_agent" -> r.agent(b, start, end);
            case "host", "http_host", "server_name" -> {
                if (r.hostEnd == r.hostStart) {
                    r.host(b, start, end);
                }
            }
            case "upstream_status" -> {
                // The last value is what the client got from the upstream; "-" there: nginx answered by itself.
                int last = lastItem(b, start, end);
                if (end - last == 1 && b[last] == '-') {
                    r.producer = LogRecord.PRODUCER_PROXY;
                } else if (end - last == 3 && Times.num(b, last, 3) >= 100) {
                    r.producer = LogRecord.PRODUCER_UPSTREAM;
                    r.upstreamStatus = Times.num(b, last, 3);
                } else {
                    return false;
                }
            }
            case "upstream_addr" -> {
                int last = lastItem(b, start, end);
                if (!(end - last == 1 && b[last] == '-')) {
                    r.upstream(b, last, end);
                }
            }
            case "request_time" -> {
                r.latencyMicros = seconds(b, start, end);
                return r.latencyMicros != -2;
            }
            default -> {
                // matched and skipped
            }
        }
        return true;
    }

    /** Where the last item of a {@code ", "} / {@code " : "} list starts. */
    static int lastItem(byte[] b, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            if (b[i] == ' ' && (b[i - 1] == ',' || b[i - 1] == ':')) {
                return i + 1;
            }
        }
        return start;
    }

    /** The end of a list value: the next literal that is not part of a {@code ", "} or {@code " : "} separator. */
    private static int listEnd(byte[] b, int from, int end, byte[] lit) {
        for (int i = from; i + lit.length <= end; i++) {
            if (startsWith(b, i, end, lit)) {
                boolean separator = b[i] == ' ' && (i > from && (b[i - 1] == ',' || b[i - 1] == ':')
                        || i + 2 < end && b[i + 1] == ':' && b[i + 2] == ' ');
                if (!separator) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** nginx seconds with milliseconds ({@code 0.012}) as microseconds; -1 for {@code -}; -2 when not a time. */
    static long seconds(byte[] b, int start, int end) {
        if (end - start == 1 && b[start] == '-') {
            return LogRecord.NO_LATENCY;
        }
        long micros = 0;
        int decimals = -1;
        for (int i = start; i < end; i++) {
            if (b[i] == '.' && decimals < 0) {
                decimals = 0;
                continue;
            }
            int d = b[i] - '0';
            if (d < 0 || d > 9 || i - start > 12) {
                return -2;
            }
            if (decimals < 6) {
                micros = micros * 10 + d;
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        if (end == start || decimals == 0) {
            return -2;
        }
        for (int k = Math.max(decimals, 0); k < 6; k++) {
            micros *= 10;
        }
        return micros;
    }

    private static boolean startsWith(byte[] b, int at, int end, byte[] lit) {
        if (at + lit.length > end) {
            return false;
        }
        for (int i = 0; i < lit.length; i++) {
            if (b[at + i] != lit[i]) {
                return false;
            }
        }
        return true;
    }

    private static int find(byte[] b, int from, int end, byte[] lit, boolean quoted) {
        for (int i = from; i + lit.length <= end; i++) {
            if (quoted && b[i] == '\\') {
                i++;
                continue;
            }
            if (startsWith(b, i, end, lit)) {
                return i;
            }
        }
        return -1;
    }
}

package dev.httpcodes.logs.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * IIS W3C extended logs. The {@code #Fields:} directive names the columns and may change within a file; the column
 * layout is this parser's {@linkplain #context() context}, so blocks parse in parallel, each from the layout in
 * effect where it starts. {@code sc-status} with {@code sc-substatus} gives the IIS sub-status (403.14, 500.19); a
 * sub-status of 0 is the plain code. Fields are found by counting spaces, without a String per line; the user agent
 * (IIS writes its spaces as {@code +}) is decoded into a scratch buffer, only for error lines.
 */
final class IisParser implements LineParser {
    /** A {@code #Fields:} layout: how many columns, and where the ones the report uses are (-1: absent). */
    record Columns(int count, int status, int substatus, int date, int time, int path, int client, int agent,
            int bytes) {
        static final Columns NONE = new Columns(0, -1, -1, -1, -1, -1, -1, -1, -1);

        static Columns of(List<String> names) {
            return new Columns(names.size(), names.indexOf("sc-status"), names.indexOf("sc-substatus"),
                    names.indexOf("date"), names.indexOf("time"), names.indexOf("cs-uri-stem"), names.indexOf("c-ip"),
                    names.indexOf("cs(User-Agent)"), names.indexOf("sc-bytes"));
        }
    }

    /** More columns than any IIS writes; a longer {@code #Fields:} line is ignored. */
    private static final int MAX_COLUMNS = 64;
    private Columns columns = Columns.NONE;
    private final int[] starts = new int[MAX_COLUMNS + 1];
    private final int[] ends = new int[MAX_COLUMNS + 1];
    private byte[] agent = new byte[256];

    @Override
    public boolean hasDirectives() {
        return true;
    }

    @Override
    public void directive(byte[] b, int start, int end) {
        String line = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        if (line.startsWith("#Fields:")) {
            List<String> names = List.of(line.substring(8).trim().split("\\s+"));
            if (names.size() <= MAX_COLUMNS) {
                columns = Columns.of(names);
            }
        }
    }

    @Override
    public Object context() {
        return columns;
    }

    @Override
    public void context(Object context) {
        columns = context instanceof Columns c ? c : Columns.NONE;
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        Columns c = columns;
        if (c.status < 0) {
            return false;
        }
        int n = 0;
        int from = start;
        while (true) {
            int space = ByteSearch.find(b, (byte) ' ', from, end);
            if (n == c.count) {
                return false; // more values than columns
            }
            starts[n] = from;
            ends[n] = space;
            n++;
            if (space >= end) {
                break;
            }
            from = space + 1;
        }
        if (n != c.count) {
            return false;
        }
        long status = LogRecord.digits(b, starts[c.status], ends[c.status]);
        if (status < 0 || ends[c.status] - starts[c.status] != 3) {
            return false;
        }
        r.status = (int) status;
        if (c.substatus >= 0 && !dash(b, c.substatus)) {
            long sub = LogRecord.digits(b, starts[c.substatus], ends[c.substatus]);
            if (sub < 0 || sub > 999) {
                return false;
            }
            r.substatus = sub == 0 ? -1 : (int) sub;
        }
        if (c.date >= 0 && c.time >= 0) {
            r.epochSecond = Times.dateAndTime(b, starts[c.date], ends[c.date], starts[c.time], ends[c.time]);
            if (r.epochSecond == LogRecord.NO_TIME) {
                return false;
            }
        }
        if (c.bytes >= 0 && !dash(b, c.bytes)) {
            long bytes = LogRecord.digits(b, starts[c.bytes], ends[c.bytes]);
            if (bytes < 0) {
                return false;
            }
            r.bytes = bytes;
        }
        if (r.status < 400) {
            return true;
        }
        if (c.path >= 0 && !dash(b, c.path)) {
            r.path(b, starts[c.path], ends[c.path]);
        }
        if (c.client >= 0 && !dash(b, c.client)) {
            r.client(b, starts[c.client], ends[c.client]);
        }
        if (c.agent >= 0 && !dash(b, c.agent)) {
            int length = ends[c.agent] - starts[c.agent];
            if (agent.length < length) {
                agent = new byte[Math.max(length, agent.length * 2)];
            }
            for (int i = 0; i < length; i++) {
                byte x = b[starts[c.agent] + i];
                agent[i] = x == '+' ? (byte) ' ' : x;
            }
            r.agent(agent, 0, length);
        }
        return true;
    }

    private boolean dash(byte[] b, int column) {
        return ends[column] - starts[column] == 1 && b[starts[column]] == '-';
    }
}

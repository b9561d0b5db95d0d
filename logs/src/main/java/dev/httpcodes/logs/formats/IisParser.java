package dev.httpcodes.logs.formats;

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
    private final W3cFields fields = new W3cFields((byte) ' ', MAX_COLUMNS);
    private byte[] agent = new byte[256];

    @Override
    public boolean hasDirectives() {
        return true;
    }

    @Override
    public void directive(byte[] b, int start, int end) {
        List<String> names = fields.names(b, start, end);
        if (names != null) {
            columns = Columns.of(names);
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
        W3cFields f = fields;
        if (!f.split(b, start, end, c.count)) {
            return false;
        }
        long status = LogRecord.digits(b, f.start(c.status), f.end(c.status));
        if (status < 0 || f.end(c.status) - f.start(c.status) != 3) {
            return false;
        }
        r.status = (int) status;
        if (c.substatus >= 0 && !f.dash(b, c.substatus)) {
            long sub = LogRecord.digits(b, f.start(c.substatus), f.end(c.substatus));
            if (sub < 0 || sub > 999) {
                return false;
            }
            r.substatus = sub == 0 ? -1 : (int) sub;
        }
        if (c.date >= 0 && c.time >= 0) {
            r.epochSecond = Times.dateAndTime(b, f.start(c.date), f.end(c.date), f.start(c.time), f.end(c.time));
            if (r.epochSecond == LogRecord.NO_TIME) {
                return false;
            }
        }
        if (c.bytes >= 0 && !f.dash(b, c.bytes)) {
            long bytes = LogRecord.digits(b, f.start(c.bytes), f.end(c.bytes));
            if (bytes < 0) {
                return false;
            }
            r.bytes = bytes;
        }
        if (r.status < 400) {
            return true;
        }
        if (c.path >= 0 && !f.dash(b, c.path)) {
            r.path(b, f.start(c.path), f.end(c.path));
        }
        if (c.client >= 0 && !f.dash(b, c.client)) {
            r.client(b, f.start(c.client), f.end(c.client));
        }
        if (c.agent >= 0 && !f.dash(b, c.agent)) {
            int length = f.end(c.agent) - f.start(c.agent);
            if (agent.length < length) {
                agent = new byte[Math.max(length, agent.length * 2)];
            }
            for (int i = 0; i < length; i++) {
                byte x = b[f.start(c.agent) + i];
                agent[i] = x == '+' ? (byte) ' ' : x;
            }
            r.agent(agent, 0, length);
        }
        return true;
    }
}

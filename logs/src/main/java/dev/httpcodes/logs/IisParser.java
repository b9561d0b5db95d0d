package dev.httpcodes.logs;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * IIS W3C extended logs. The {@code #Fields:} directive names the columns and may change within a file, so this
 * parser keeps that state and runs on one thread, in file order. {@code sc-status} with {@code sc-substatus} gives
 * the IIS sub-status (403.14, 500.19); a sub-status of 0 is the plain code.
 */
final class IisParser implements LineParser {
    private Map<String, Integer> columns = Map.of();

    @Override
    public boolean parallel() {
        return false;
    }

    /** Whether a line is a directive; the {@code #Fields:} one is taken in. */
    boolean directive(byte[] b, int start, int end) {
        if (end <= start || b[start] != '#') {
            return false;
        }
        String line = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        if (line.startsWith("#Fields:")) {
            Map<String, Integer> map = new HashMap<>();
            String[] names = line.substring(8).trim().split("\\s+");
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], i);
            }
            columns = map;
        }
        return true;
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        Integer statusColumn = columns.get("sc-status");
        if (statusColumn == null) {
            return false;
        }
        String[] values = new String(b, start, end - start, StandardCharsets.UTF_8).split(" ", -1);
        if (values.length != columns.size()) {
            return false;
        }
        String status = values[statusColumn];
        if (status.length() != 3 || !status.chars().allMatch(Character::isDigit)) {
            return false;
        }
        r.status = Integer.parseInt(status);
        String sub = value(values, "sc-substatus");
        if (sub != null && sub.matches("[0-9]{1,3}") && !sub.equals("0")) {
            r.substatus = Integer.parseInt(sub);
        }
        String date = value(values, "date");
        String time = value(values, "time");
        r.epochSecond = date != null && time != null ? Times.dateAndTime(date, time) : LogRecord.NO_TIME;
        r.pathText = value(values, "cs-uri-stem");
        r.clientText = value(values, "c-ip");
        String agent = value(values, "cs(User-Agent)");
        r.agentText = agent == null ? null : agent.replace('+', ' ');
        String bytes = value(values, "sc-bytes");
        r.bytes = bytes != null && bytes.matches("[0-9]{1,18}") ? Long.parseLong(bytes) : 0;
        return true;
    }

    private String value(String[] values, String column) {
        Integer i = columns.get(column);
        return i == null || values[i].equals("-") ? null : values[i];
    }
}

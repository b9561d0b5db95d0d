package dev.httpcodes.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON-lines byte scanner against the full (Jackson) parser it stands in for: on generated lines built from
 * valid and hostile pieces (escapes, non-ASCII and invalid UTF-8, nesting, arrays, odd numbers and times,
 * duplicates, nulls, blanks, CR, cut-off and over-long lines, trailing bytes), every line must give the same answer
 * and the same record both ways. The scanner must also really take the fast path, answer "malformed" itself, and
 * hand lines over, so the comparison covers all three.
 */
class JsonScannerOracleTest {
    private static final String[] NAMES = {"status", "status_code", "time", "ts", "@timestamp", "time_local",
        "uri", "path", "request", "url", "remote_addr", "ip", "http_user_agent", "userAgent", "body_bytes_sent",
        "bytes", "size", "http_referer", "other", "st\\u0061tus", "stätus", "", "status "};
    private static final String[] STATUSES = {"200", "\"404\"", "503", "\"20\"", "2000", "200.0", "2e2", "-200",
        "\"5x3\"", "null", "true", "\"\"", "\"２００\"", "0200", "099", "\"099\""};
    private static final String[] TIMES = {"\"2026-11-18T11:06:40+00:00\"", "\"2026-11-18T11:06:40Z\"",
        "\"2026-11-18T11:06:40.123456789-05:30\"", "\"2026-11-18T11:06:40.1234567891Z\"",
        "\"2026-11-18t11:06:40z\"", "\"2026-11-18T11:06+01:00\"", "\"2026-02-29T00:00:00Z\"",
        "\"2024-02-29T23:59:59+18:00\"", "\"2024-02-29T23:59:59-18:00\"", "\"2024-02-30T00:00:00Z\"",
        "\"2026-12-31T23:59:60Z\"", "\"2026-11-18T24:00:00Z\"", "\"2026-11-18T11:06:40+0100\"",
        "\"2026-11-18T11:06:40+01:00:30\"", "\"2026-11-18T11:06:40+19:00\"", "\"2026-11-18T11:06:40.Z\"",
        "\"1969-12-31T23:59:59Z\"", "\"9999-12-31T23:59:59Z\"", "\"9999-12-31T23:59:59-01:00\"",
        "\"+10000-01-01T00:00:00Z\"", "1795000000", "1795000000.123", "1795000000123", "\"1795000000\"",
        "99999999999999999999999", "\"18/Nov/2026:11:06:40 +0000\"", "null", "true", "\"\"", "\"soon\"",
        "\"2026-11-18T11:06:40\\u002B00:00\"", "\"2026-13-18T11:06:40Z\"", "\"2026-00-18T11:06:40Z\"",
        "\"2026-11-18 11:06:40Z\"", "\"2026-11-18 11:06:40.5+02:00\""};
    private static final String[] PATHS = {"\"/api/users/11\"", "\"/search?q=1\"", "\"GET /x?y HTTP/1.1\"",
        "\"GET  /double HTTP/1.1\"", "\"GET\"", "\"GET \"", "\" /lead\"", "\"   \"", "\"\"", "\"?\"", "\"-\"",
        "\"/a\\\"quote\"", "\"/caf\u00e9\"", "\"/tab\\there\"", "12", "null", "false", "\"GET /x\"",
        "\"\\u202e/evil\"", "\"/\u0001ctl\""};
    private static final String[] BYTES = {"24063", "\"24063\"", "0", "\"-\"", "-", "\"\"", "1e3",
        "123456789012345678", "1234567890123456789", "-5", "null", "3.5", "\"12a\"", "true"};
    private static final String[] OTHERS = {"\"-\"", "\"Mozilla/5.0 (X11; Linux x86_64)\"", "{\"a\":1}",
        "{\"status\":500}", "[1,2,{\"x\":3}]", "[]", "{}", "\"\\\\\"", "\"\u4e2d\u6587\"", "\"\\ud83d\\ude00\"",
        "\"\\ud800\"", "0", "-0", "-0.5e-3", "1E+9", "01", "1.", ".5", "+1", "tru", "nul", "NaN", "\"a\u007fb\"",
        "\"unterminated"};
    private static final String[] GAPS = {"", "", "", " ", "\t", "  ", "\r", "\n"};
    /** Values the scanner reads itself (valid or not as log fields, but plain JSON). */
    private static final String[] CLEAN_STATUSES = {"200", "\"404\"", "503", "304", "2000", "\"5x3\"", "null"};
    private static final String[] CLEAN_TIMES = {"\"2026-11-18T11:06:40+00:00\"", "\"2026-11-18T11:06:41Z\"",
        "\"2026-11-18T11:06:40.5-05:30\"", "\"2024-02-30T00:00:00Z\"", "\"soon\"", "1795000000", "null",
        "\"18/Nov/2026:11:06:40 +0000\""};
    private static final String[] CLEAN_PATHS = {"\"/api/users/11\"", "\"/search?q=1\"", "\"GET /x?y HTTP/1.1\"",
        "\"GET  /double HTTP/1.1\"", "\"GET \"", "\"\"", "12", "null"};
    private static final String[] CLEAN_BYTES = {"24063", "\"24063\"", "0", "\"-\"", "\"12a\"", "null", "3.5"};
    private static final String[] CLEAN_OTHERS = {"\"-\"", "\"Mozilla/5.0 (X11; Linux x86_64)\"", "0", "-0.5e-3",
        "true", "\"a\u007fb\""};
    private static final String[] CLEAN_GAPS = {"", "", "", " ", "\t"};

    @Test
    void scannerAndFullParserAgreeOnEveryLine() {
        Random random = new Random(20261203);
        JsonLinesParser.Fields fields = JsonLinesParser.Fields.DEFAULT;
        JsonLinesParser parser = new JsonLinesParser(fields);
        JsonLineScanner scanner = new JsonLineScanner(fields);
        int[] outcomes = new int[3];
        List<byte[]> lines = new ArrayList<>();
        for (int n = 0; n < 30_000; n++) {
            lines.add(line(random));
        }
        lines.addAll(fixedLines());
        for (byte[] line : lines) {
            compare(parser, scanner, line, outcomes);
        }
        // All three answers happen, often: the comparison is not only about lines handed over.
        assertThat(outcomes[JsonLineScanner.TRUE]).isGreaterThan(2_000);
        assertThat(outcomes[JsonLineScanner.FALSE]).isGreaterThan(2_000);
        assertThat(outcomes[JsonLineScanner.FALLBACK]).isGreaterThan(2_000);
    }

    @Test
    void agreementHoldsWithFieldNamesOfOnesOwn() {
        Random random = new Random(7);
        // A default status name counted as bytes, and "time" both a time (by default) and the path.
        JsonLinesParser.Fields fields = JsonLinesParser.Fields.parse("status=status_code,bytes=status,path=time");
        JsonLinesParser parser = new JsonLinesParser(fields);
        JsonLineScanner scanner = new JsonLineScanner(fields);
        int[] outcomes = new int[3];
        for (int n = 0; n < 10_000; n++) {
            compare(parser, scanner, line(random), outcomes);
        }
        assertThat(outcomes[JsonLineScanner.TRUE]).isGreaterThan(100);
    }

    @Test
    void theCommonShapeIsReadByTheScannerItself() {
        JsonLineScanner scanner = new JsonLineScanner(JsonLinesParser.Fields.DEFAULT);
        byte[] line = ("{\"time\":\"2026-11-18T11:06:40+01:00\",\"remote_addr\":\"33.22.89.158\",\"request\":"
                + "\"GET /api/users/11?x=1 HTTP/1.1\",\"status\":404,\"body_bytes_sent\":24063,\"http_referer\":\"-\","
                + "\"http_user_agent\":\"curl/8.5\"}").getBytes(StandardCharsets.UTF_8);
        LogRecord r = new LogRecord();
        r.reset(line);
        assertThat(scanner.scan(line, 0, line.length, r)).isEqualTo(JsonLineScanner.TRUE);
        assertThat(r.status).isEqualTo(404);
        assertThat(r.path()).isEqualTo("/api/users/11");
        assertThat(r.client()).isEqualTo("33.22.89.158");
        assertThat(r.agent()).isEqualTo("curl/8.5");
        assertThat(r.bytes).isEqualTo(24063);
        assertThat(r.epochSecond).isEqualTo(java.time.OffsetDateTime.parse("2026-11-18T10:06:40Z").toEpochSecond());
    }

    private static void compare(JsonLinesParser parser, JsonLineScanner scanner, byte[] line, int[] outcomes) {
        // The line sits inside a larger buffer, as in a block.
        byte[] block = new byte[line.length + 20];
        java.util.Arrays.fill(block, (byte) '}');
        System.arraycopy(line, 0, block, 10, line.length);
        int start = 10;
        int end = 10 + line.length;
        LogRecord expected = new LogRecord();
        expected.reset(block);
        boolean expectedOk = parser.parseFully(block, start, end, expected);
        LogRecord actual = new LogRecord();
        actual.reset(block);
        boolean actualOk = parser.parse(block, start, end, actual);
        String text = new String(line, StandardCharsets.UTF_8);
        assertThat(actualOk).as("accepted: %s", text).isEqualTo(expectedOk);
        if (expectedOk) {
            assertThat(describe(actual)).as("record of: %s", text).isEqualTo(describe(expected));
        }
        LogRecord scratch = new LogRecord();
        scratch.reset(block);
        int outcome = scanner.scan(block, start, end, scratch);
        outcomes[outcome]++;
        if (outcome == JsonLineScanner.FALLBACK) {
            // A line handed over leaves the record as it was.
            LogRecord clean = new LogRecord();
            clean.reset(block);
            assertThat(describe(scratch)).as("untouched record for: %s", text).isEqualTo(describe(clean));
        }
    }

    private static String describe(LogRecord r) {
        return r.status + "|" + r.substatus + "|" + r.epochSecond + "|" + r.bytes + "|" + r.path() + "|" + r.client()
                + "|" + r.agent();
    }

    private static byte[] line(Random random) {
        return random.nextBoolean() ? hostileLine(random) : cleanLine(random);
    }

    private static byte[] cleanLine(Random random) {
        StringBuilder line = new StringBuilder("{");
        int members = 1 + random.nextInt(8);
        for (int m = 0; m < members; m++) {
            String gap = CLEAN_GAPS[random.nextInt(CLEAN_GAPS.length)];
            line.append(m > 0 ? gap + "," + gap : gap);
            String[] pair = switch (m == 0 ? 0 : random.nextInt(6)) {
                case 0 -> new String[] {pick(random, "status", "status_code"), pick(random, CLEAN_STATUSES)};
                case 1 -> new String[] {pick(random, "time", "ts", "time_local"), pick(random, CLEAN_TIMES)};
                case 2 -> new String[] {pick(random, "uri", "request", "url"), pick(random, CLEAN_PATHS)};
                case 3 -> new String[] {pick(random, "body_bytes_sent", "size"), pick(random, CLEAN_BYTES)};
                default -> new String[] {pick(random, "remote_addr", "http_user_agent", "other", "status"),
                    pick(random, CLEAN_OTHERS)};
            };
            line.append('"').append(pair[0]).append("\":").append(gap).append(pair[1]);
        }
        return line.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hostileLine(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int shape = random.nextInt(10);
        if (shape == 0) {
            write(out, GAPS[random.nextInt(GAPS.length)]);
        }
        write(out, "{");
        int members = random.nextInt(9);
        for (int m = 0; m < members; m++) {
            if (m > 0) {
                write(out, gap(random) + "," + gap(random));
            } else {
                write(out, gap(random));
            }
            String name;
            String value;
            int kind = random.nextInt(8);
            switch (kind) {
                case 0 -> {
                    name = pick(random, "status", "status_code", "statusCode", "sc-status");
                    value = pick(random, STATUSES);
                }
                case 1 -> {
                    name = pick(random, "time", "ts", "@timestamp", "time_local", "timestamp");
                    value = pick(random, TIMES);
                }
                case 2 -> {
                    name = pick(random, "uri", "path", "request", "url", "request_uri");
                    value = pick(random, PATHS);
                }
                case 3 -> {
                    name = pick(random, "body_bytes_sent", "bytes", "size", "bytes_sent");
                    value = pick(random, BYTES);
                }
                case 4 -> {
                    name = pick(random, "remote_addr", "ip", "client_ip", "http_user_agent", "userAgent");
                    value = pick(random, OTHERS);
                }
                default -> {
                    name = pick(random, NAMES);
                    value = pick(random, random.nextBoolean() ? OTHERS : random.nextBoolean() ? STATUSES : TIMES);
                }
            }
            write(out, "\"" + name + "\"" + gap(random) + ":" + gap(random) + value);
        }
        write(out, gap(random));
        int ending = random.nextInt(20);
        if (ending != 0) {
            write(out, "}");
        }
        if (ending == 1) {
            write(out, " trailing \"bytes\" {");
        } else if (ending == 2) {
            write(out, ",");
        }
        byte[] bytes = out.toByteArray();
        int damage = random.nextInt(25);
        if (damage == 0 && bytes.length > 2) {
            // Invalid UTF-8: a lone continuation byte, a cut sequence, an overlong form.
            int at = 1 + random.nextInt(bytes.length - 1);
            bytes[at] = (byte) pick(random, 0x80, 0xC3, 0xE2, 0xF0, 0xC0, 0xFF);
        } else if (damage == 1 && bytes.length > 2) {
            bytes = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
        } else if (damage == 2) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        }
        return bytes;
    }

    private static List<byte[]> fixedLines() {
        List<byte[]> lines = new ArrayList<>();
        for (String s : new String[] {"", "{", "}", "{}", "{ }", "[]", "null", "\"x\"", "{\"status\":200}",
            "{\"status\":200,\"status\":404}", "{\"status_code\":404,\"status\":200}", "{\"status\":null,\"status_code\":200}",
            "{\"status\":200,\"bytes\":\"x\",\"body_bytes_sent\":5}", "{\"status\":200,\"size\":1,\"body_bytes_sent\":\"x\"}",
            "{\"ts\":\"bad\",\"time\":\"2026-11-18T11:06:40Z\",\"status\":200}",
            "{\"time\":\"2026-11-18T11:06:40Z\",\"ts\":\"bad\",\"status\":200}",
            "{\"status\":200}{\"status\":500}", "{\"status\":200}\u0000", "\uFEFF{\"status\":200}",
            "{\"status\":200,}", "{,\"status\":200}", "{\"status\" 200}", "{\"status\":200 \"x\":1}",
            "{\"status\":200,\"request\":\"GET /a b HTTP/1.1\"}", "{\"http\":{\"response\":{\"status_code\":502}}}",
            "{\"url.path\":\"/dotted\",\"status\":200}", "{'status':200}", "{status:200}",
            "{\"status\":200,\"x\":" + "9".repeat(2000) + "}", "{\"" + "n".repeat(70_000) + "\":1,\"status\":200}",
            "{\"status\":200,\"path\":\"/" + "p".repeat(100_000) + "\"}"}) {
            lines.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static String gap(Random random) {
        return random.nextInt(4) == 0 ? GAPS[random.nextInt(GAPS.length)] : "";
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static int pick(Random random, int... values) {
        return values[random.nextInt(values.length)];
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}

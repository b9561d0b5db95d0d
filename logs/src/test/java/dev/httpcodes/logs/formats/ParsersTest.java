package dev.httpcodes.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParsersTest {
    static LogRecord parse(LineParser parser, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogRecord r = new LogRecord();
        r.reset(b);
        return parser.parse(b, 0, b.length, r) ? r : null;
    }

    @Test
    void combinedLine() {
        LogRecord r = parse(new CombinedParser(), "203.0.113.9 - alice [27/Nov/2026:09:39:15 +0100] "
                + "\"GET /orders/7?x=1 HTTP/1.1\" 502 157 \"https://example.org/\" \"Mozilla/5.0 (X11)\"");
        assertThat(r).isNotNull();
        assertThat(r.status).isEqualTo(502);
        assertThat(r.bytes).isEqualTo(157);
        assertThat(r.path()).isEqualTo("/orders/7");
        assertThat(r.client()).isEqualTo("203.0.113.9");
        assertThat(r.agent()).isEqualTo("Mozilla/5.0 (X11)");
        assertThat(r.epochSecond).isEqualTo(java.time.OffsetDateTime.parse("2026-11-27T09:39:15+01:00")
                .toEpochSecond());
    }

    @Test
    void commonLineAndDashBytes() {
        LogRecord r = parse(new CombinedParser(), "::1 - - [01/Jan/2026:00:00:00 -0500] \"HEAD / HTTP/1.0\" 304 -");
        assertThat(r.status).isEqualTo(304);
        assertThat(r.bytes).isZero();
        assertThat(r.epochSecond).isEqualTo(java.time.OffsetDateTime.parse("2026-01-01T05:00:00Z").toEpochSecond());
    }

    @Test
    void requestsWithSpacesQuotesAndGarbageStillGiveTheStatus() {
        // awk '{print $9}' takes the wrong field on each of these.
        assertThat(parse(new CombinedParser(), "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] "
                + "\"GET /a path with \\\"quotes\\\" HTTP/1.1\" 404 0 \"-\" \"-\"").status).isEqualTo(404);
        assertThat(parse(new CombinedParser(), "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] "
                + "\"\\x16\\x03\\x01 garbage\" 400 157 \"-\" \"-\"").status).isEqualTo(400);
        assertThat(parse(new CombinedParser(), "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"-\" 444 0 \"-\" \"-\"")
                .status).isEqualTo(444);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1\" 2x0 1",
        "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1", "1.2.3.4 - - 27/Nov/2026 \"GET /\" 200 1",
        "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1\" 2000 1"})
    void malformedLinesAreRefused(String line) {
        assertThat(parse(new CombinedParser(), line)).isNull();
    }

    @Test
    void customNginxFormat() {
        NginxFormatParser p = new NginxFormatParser("$remote_addr | $time_iso8601 | \"$request\" | $status | "
                + "$body_bytes_sent | $request_time | \"$http_user_agent\"");
        LogRecord r = parse(p, "10.1.1.1 | 2026-11-27T23:59:59+08:00 | \"POST /api/v1/x HTTP/2.0\" | 499 | 0 | "
                + "60.001 | \"curl/8.5\"");
        assertThat(r.status).isEqualTo(499);
        assertThat(r.path()).isEqualTo("/api/v1/x");
        assertThat(r.agent()).isEqualTo("curl/8.5");
        assertThat(r.client()).isEqualTo("10.1.1.1");
        assertThat(r.epochSecond).isEqualTo(java.time.OffsetDateTime.parse("2026-11-27T15:59:59Z").toEpochSecond());
        assertThat(parse(p, "10.1.1.1 | x")).isNull();
    }

    @Test
    void theStockCombinedFormatStringReadsCombinedLines() {
        NginxFormatParser p = new NginxFormatParser("$remote_addr - $remote_user [$time_local] \"$request\" "
                + "$status $body_bytes_sent \"$http_referer\" \"$http_user_agent\"");
        LogRecord r = parse(p, "127.0.0.1 - - [27/Nov/2026:09:39:15 +0000] \"GET /x HTTP/1.1\" 503 12 \"-\" \"ua\"");
        assertThat(r.status).isEqualTo(503);
        assertThat(r.path()).isEqualTo("/x");
    }

    @Test
    void badNginxFormatsAreRejected() {
        assertThatThrownBy(() -> new NginxFormatParser("$remote_addr $request")).hasMessageContaining("$status");
        assertThatThrownBy(() -> new NginxFormatParser("$remote_addr$status"))
                .hasMessageContaining("nothing between them");
    }

    @Test
    void iisW3cWithSubStatusAndChangingFields() {
        IisParser p = new IisParser();
        String log = String.join("\n",
                "#Software: Microsoft Internet Information Services 10.0",
                "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
                        + "sc-status sc-substatus sc-win32-status time-taken",
                "2026-11-27 09:00:01 10.0.0.1 GET /app/ - 443 - 192.0.2.7 Mozilla/5.0+(Windows) 403 14 0 15",
                "2026-11-27 09:00:02 10.0.0.1 GET /x.aspx - 443 - 192.0.2.8 curl/8 500 19 13 3",
                "2026-11-27 09:00:03 10.0.0.1 GET / - 443 - 192.0.2.9 curl/8 200 0 0 1",
                "#Fields: date time c-ip sc-status sc-substatus",
                "2026-11-27 09:00:04 192.0.2.10 404 3");
        List<String> codes = new java.util.ArrayList<>();
        String agent = null;
        for (String line : log.split("\n")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            if (line.startsWith("#")) {
                p.directive(b, 0, b.length);
                continue;
            }
            LogRecord r = parse(p, line);
            assertThat(r).as(line).isNotNull();
            codes.add(r.status + (r.substatus >= 0 ? "." + r.substatus : ""));
            if (agent == null) {
                agent = r.agent();
            }
        }
        assertThat(codes).containsExactly("403.14", "500.19", "200", "404.3");
        assertThat(agent).isEqualTo("Mozilla/5.0 (Windows)");
        // A layout carried to another parser (another thread) reads the same.
        IisParser other = new IisParser();
        other.context(p.context());
        assertThat(parse(other, "2026-11-27 09:00:04 192.0.2.10 404 3").substatus).isEqualTo(3);
        assertThat(parse(new IisParser(), "2026-11-27 09:00:04 192.0.2.10 404 3")).as("no #Fields yet").isNull();
    }

    @Test
    void jsonLinesWithDefaultNestedAndCustomFields() {
        JsonLinesParser p = new JsonLinesParser(JsonLinesParser.Fields.DEFAULT);
        assertThat(parse(p, "{\"time\":\"2026-11-27T09:00:00Z\",\"status\":429,\"uri\":\"/api?x=1\","
                + "\"remote_addr\":\"1.1.1.1\"}").path()).isEqualTo("/api");
        assertThat(parse(p, "{\"http\":{\"response\":{\"status_code\":\"503\"}},\"url\":{\"path\":\"/p\"}}").status)
                .isEqualTo(503);
        assertThat(parse(p, "{\"status\":\"abc\"}")).isNull();
        assertThat(parse(p, "not json")).isNull();
        assertThat(parse(p, "{\"other\":1}")).isNull();
        JsonLinesParser custom = new JsonLinesParser(JsonLinesParser.Fields.parse("status=code,path=route"));
        LogRecord r = parse(custom, "{\"code\":418,\"route\":\"/teapot\",\"status\":200}");
        assertThat(r.status).isEqualTo(418);
        assertThat(r.path()).isEqualTo("/teapot");
        assertThatThrownBy(() -> JsonLinesParser.Fields.parse("colour=x")).hasMessageContaining("unknown field");
        assertThatThrownBy(() -> JsonLinesParser.Fields.parse("status")).hasMessageContaining("name=field");
    }

    @Test
    void formatDetection() {
        assertThat(detect("1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"ua\"\n"))
                .contains(Formats.COMBINED);
        assertThat(detect("1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1\" 200 5\n"))
                .contains(Formats.COMMON);
        assertThat(detect("#Software: Microsoft Internet Information Services 10.0\n")).contains(Formats.IIS);
        assertThat(detect("{\"status\":200}\n")).contains(Formats.JSON);
        assertThat(detect("hello\nworld\n")).isEmpty();
    }

    private static java.util.Optional<LogFormat> detect(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return Formats.detect(b, b.length);
    }
}

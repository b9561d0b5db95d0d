package dev.httpcodes.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** nginx's upstream variables in a --nginx-format: the last of the retries and redirects counts. */
class NginxUpstreamParserTest {
    private static final String FORMAT = "$remote_addr [$time_local] \"$request\" $status $body_bytes_sent "
            + "$upstream_status $upstream_addr $request_time $host";

    private static LogRecord parse(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogRecord r = new LogRecord();
        r.reset(b);
        assertThat(new NginxFormatParser(FORMAT).parse(b, 0, b.length, r)).as(line).isTrue();
        return r;
    }

    @Test
    void retriesAndRedirectsEndWithWhatTheClientGot() {
        LogRecord r = parse("10.0.0.1 [27/Nov/2026:10:00:00 +0000] \"GET /a?b HTTP/1.1\" 200 5 502, 502 : 200 "
                + "10.1.0.1:80, 10.1.0.2:80 : 10.1.0.3:80 1.250 api.example.com");
        assertThat(r.producer).isEqualTo(LogRecord.PRODUCER_UPSTREAM);
        assertThat(r.upstreamStatus).isEqualTo(200);
        assertThat(r.upstream()).isEqualTo("10.1.0.3:80");
        assertThat(r.latencyMicros).isEqualTo(1_250_000);
        assertThat(r.host()).isEqualTo("api.example.com");
    }

    @Test
    void aDashIsNginxAnsweringItself() {
        LogRecord r = parse("10.0.0.1 [27/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 499 0 - - 0.004 example.com");
        assertThat(r.producer).isEqualTo(LogRecord.PRODUCER_PROXY);
        assertThat(r.upstreamStatus).isEqualTo(-1);
        assertThat(r.upstream()).isEqualTo("-");
        assertThat(r.latencyMicros).isEqualTo(4_000);
    }

    @Test
    void badUpstreamValuesMakeTheLineMalformed() {
        byte[] b = "10.0.0.1 [27/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 502 0 5x2 - 0.004 h"
                .getBytes(StandardCharsets.UTF_8);
        LogRecord r = new LogRecord();
        r.reset(b);
        assertThat(new NginxFormatParser(FORMAT).parse(b, 0, b.length, r)).isFalse();
        byte[] t = "10.0.0.1 [27/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 502 0 - - 1.x h"
                .getBytes(StandardCharsets.UTF_8);
        r.reset(t);
        assertThat(new NginxFormatParser(FORMAT).parse(t, 0, t.length, r)).isFalse();
    }
}

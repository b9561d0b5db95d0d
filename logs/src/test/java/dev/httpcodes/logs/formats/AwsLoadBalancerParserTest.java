package dev.httpcodes.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Field by field: what an ALB and a Classic ELB line give the record. */
class AwsLoadBalancerParserTest {
    private static LogRecord parse(boolean alb, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogRecord r = new LogRecord();
        r.reset(b);
        assertThat(new AwsLoadBalancerParser(alb).parse(b, 0, b.length, r)).as(line).isTrue();
        return r;
    }

    private static boolean reads(boolean alb, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogRecord r = new LogRecord();
        r.reset(b);
        return new AwsLoadBalancerParser(alb).parse(b, 0, b.length, r);
    }

    private static final String TAIL = " \"Root=1-58337262-36d228ad5d99923122bbe354\" \"api.example.com\" \"arn:aws:acm:"
            + "us-east-2:123456789012:certificate/1\" 0 2026-11-27T10:00:00.000000Z \"forward\" \"-\" \"%s\" \"%s\" "
            + "\"%s\" \"-\" \"-\" TID_1234 \"a-later-field\"";

    @Test
    void anAlbLineTheTargetAnswered() {
        LogRecord r = parse(true, "https 2026-11-27T10:00:01.123456Z app/shop/50dc 203.0.113.9:4711 10.0.1.5:8080 "
                + "0.000 0.048 0.001 200 200 34 1366 \"GET https://api.example.com:443/v1/orders?id=3 HTTP/1.1\" "
                + "\"curl/8.5.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:tg"
                + String.format(TAIL, "-", "10.0.1.5:8080", "200"));
        assertThat(r.status).isEqualTo(200);
        assertThat(r.epochSecond).isEqualTo(Instant.parse("2026-11-27T10:00:01Z").getEpochSecond());
        assertThat(r.producer).isEqualTo(LogRecord.PRODUCER_UPSTREAM);
        assertThat(r.upstreamStatus).isEqualTo(200);
        assertThat(r.latencyMicros).isEqualTo(48_000);
        assertThat(r.bytes).isEqualTo(1366);
        assertThat(r.client()).isEqualTo("203.0.113.9");
        assertThat(r.upstream()).isEqualTo("10.0.1.5:8080");
        assertThat(r.path()).isEqualTo("/v1/orders");
        assertThat(r.host()).isEqualTo("api.example.com");
        assertThat(r.agent()).isEqualTo("curl/8.5.0");
        assertThat(r.reason()).isEqualTo("-");
    }

    @Test
    void anAlbLineTheLoadBalancerAnsweredItself() {
        LogRecord r = parse(true, "h2 2026-11-27T10:00:01Z app/shop/50dc [2001:db8::7]:4711 - 0.000 -1 -1 502 - 34 0 "
                + "\"POST https://api.example.com:443/v1/pay HTTP/2.0\" \"-\" - - arn:tg"
                + String.format(TAIL, "TargetConnectionError", "-", "-"));
        assertThat(r.status).isEqualTo(502);
        assertThat(r.producer).isEqualTo(LogRecord.PRODUCER_PROXY);
        assertThat(r.upstreamStatus).isEqualTo(-1);
        assertThat(r.latencyMicros).isEqualTo(LogRecord.NO_LATENCY);
        assertThat(r.reason()).isEqualTo("TargetConnectionError");
        assertThat(r.upstream()).isEqualTo("-");
        assertThat(r.client()).isEqualTo("[2001:db8::7]");
    }

    @Test
    void aClassicLineAndATcpListenersLine() {
        LogRecord r = parse(false, "2026-11-27T10:00:01.5Z shop 192.0.2.1:2817 10.0.0.1:80 0.000073 12.5 0.000057 504 "
                + "504 0 29 \"GET http://www.example.com:80/slow HTTP/1.1\" \"curl/7.38.0\" - -");
        assertThat(r.status).isEqualTo(504);
        assertThat(r.producer).isEqualTo(LogRecord.PRODUCER_UPSTREAM);
        assertThat(r.latencyMicros).isEqualTo(12_500_000);
        assertThat(r.host()).isEqualTo("www.example.com");
        LogRecord tcp = parse(false, "2026-11-27T10:00:01Z shop 192.0.2.1:2817 10.0.0.1:80 0.001 0.002 0.000 - - 57 502 "
                + "\"- - - \" \"-\" - -");
        assertThat(tcp.status).isEqualTo(LogRecord.NO_STATUS);
        assertThat(tcp.producer).isEqualTo(LogRecord.PRODUCER_UNKNOWN);
        // No instance could take the request: the load balancer's 503, with 0 as the backend's status.
        LogRecord none = parse(false, "2026-11-27T10:00:01Z shop 192.0.2.1:2817 - -1 -1 -1 503 0 0 0 "
                + "\"GET http://www.example.com:80/ HTTP/1.1\" \"curl/7.38.0\" - -");
        assertThat(none.status).isEqualTo(503);
        assertThat(none.producer).isEqualTo(LogRecord.PRODUCER_PROXY);
        assertThat(none.upstreamStatus).isEqualTo(-1);
        assertThat(none.latencyMicros).isEqualTo(LogRecord.NO_LATENCY);
    }

    @Test
    void badLinesAreRefused() {
        assertThat(reads(false, "2026-11-27T10:00:01Z shop 192.0.2.1:2817")).as("cut short").isFalse();
        assertThat(reads(false, "2026-11-27T10:00:01Z shop 1:2 - 0 -1 0 5x2 - 0 0 \"GET / HTTP/1.1\" \"-\" - -"))
                .as("a status that is not a number").isFalse();
        assertThat(reads(false, "2026-11-27T10:00:01Z shop 1:2 - 0 -1 0 502 - 0 0 \"GET / HTTP/1.1 \"-\" - -"))
                .as("an open quote").isFalse();
        assertThat(reads(false, "2026-13-27T10:00:01Z shop 1:2 - 0 -1 0 502 - 0 0 \"GET / HTTP/1.1\" \"-\" - -"))
                .as("month 13").isFalse();
        assertThat(reads(true, "ftp 2026-11-27T10:00:01Z shop 1:2 - 0 -1 0 502 - 0 0 \"GET / HTTP/1.1\" \"-\" - -"))
                .as("not an ALB request type").isFalse();
        assertThat(reads(false, "2026-11-27T10:00:01Z shop 1:2 - 0 x.5 0 502 - 0 0 \"GET / HTTP/1.1\" \"-\" - -"))
                .as("a time that is not a number").isFalse();
    }
}

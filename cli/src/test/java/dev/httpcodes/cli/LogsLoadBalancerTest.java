package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An ALB log as AWS delivers it (.log.gz), through the command: detected, attributed, timed, and schema-valid. */
class LogsLoadBalancerTest {
    private static final String TAIL = " \"Root=1-5\" \"shop.example.com\" \"-\" 0 2026-11-27T10:00:00.000000Z "
            + "\"forward\" \"-\" \"%s\" \"%s\" \"%s\" \"-\" \"-\" TID_1";

    @TempDir
    static Path dir;
    static Path log;

    @BeforeAll
    static void write() throws Exception {
        log = dir.resolve("123456789012_elasticloadbalancing_us-east-2_app.shop.50dc_20261127T1005Z_10.0.0.1_x.log.gz");
        String text = String.join("\n",
                "https 2026-11-27T10:00:01.000001Z app/shop/50dc 203.0.113.1:4000 10.0.1.5:8080 0.000 0.250 0.000 200 "
                        + "200 10 500 \"GET https://shop.example.com:443/a HTTP/1.1\" \"ua\" - - arn:tg"
                        + String.format(TAIL, "-", "10.0.1.5:8080", "200"),
                "https 2026-11-27T10:00:02.000001Z app/shop/50dc 203.0.113.2:4000 - 0.000 -1 -1 502 - 10 0 "
                        + "\"GET https://shop.example.com:443/b HTTP/1.1\" \"ua\" - - arn:tg"
                        + String.format(TAIL, "TargetConnectionError", "-", "-"),
                "https 2026-11-27T10:00:03.000001Z app/shop/50dc 203.0.113.3:4000 10.0.1.6:8080 0.000 0.010 0.000 502 "
                        + "502 10 0 \"GET https://shop.example.com:443/c HTTP/1.1\" \"ua\" - - arn:tg"
                        + String.format(TAIL, "-", "10.0.1.6:8080", "502"),
                "https 2026-11-27T10:00:04.000001Z app/shop/50dc 203.0.113.4:4000 - 0.000 -1 -1 - - 10 0 "
                        + "\"- - - \" \"-\" - - arn:tg" + String.format(TAIL, "-", "-", "-")) + "\n";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(log))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static JsonNode json(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "logs";
        args[1] = "--json";
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 1] = log.toString();
        Run run = Run.of(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void detectedAttributedAndValid() throws Exception {
        JsonNode doc = json();
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(
                Path.of(System.getProperty("docs.dir", "../docs")).resolve("log-report.schema.json")), InputFormat.JSON);
        assertThat(schema.validate(doc)).isEmpty();
        assertThat(doc.path("formats").get(0).asString()).endsWith(": alb");
        assertThat(doc.path("lines").asLong()).isEqualTo(4);
        assertThat(doc.path("noStatus").asLong()).isEqualTo(1);
        assertThat(doc.path("producedBy").path("502").path("proxy").asLong()).isEqualTo(1);
        assertThat(doc.path("producedBy").path("502").path("upstream").asLong()).isEqualTo(1);
        assertThat(doc.path("producedBy").path("200").path("upstream").asLong()).isEqualTo(1);
        assertThat(doc.path("latency").path("byStatus").path("200").path("p50Ms").asDouble()).isBetween(247.5, 252.5);
        assertThat(doc.path("statusCounts").has("000")).as("no status is no code").isFalse();
    }

    @Test
    void theProducerFilterKeepsOnlyTheLoadBalancersOwn() {
        JsonNode doc = json("--producer", "proxy");
        assertThat(doc.path("lines").asLong()).isEqualTo(1);
        assertThat(doc.path("filtered").asLong()).isEqualTo(3);
        assertThat(doc.path("errors").get(0).path("reasons").get(0).path("value").asString())
                .isEqualTo("TargetConnectionError");
        assertThat(doc.path("errors").get(0).path("paths").get(0).path("value").asString()).isEqualTo("/b");
    }
}

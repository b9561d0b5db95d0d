package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LogsCommandTest {
    @TempDir
    static Path dir;
    static Path log;

    @BeforeAll
    static void write() throws Exception {
        log = dir.resolve("access.log");
        Files.writeString(log, String.join("\n",
                "1.1.1.1 - - [27/Nov/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 502 5 \"-\" \"ua\"",
                "1.1.1.1 - - [27/Nov/2026:10:00:01 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"ua\"") + "\n");
    }

    @Test
    void jsonReportMatchesItsSchema() throws Exception {
        Run run = Run.of("logs", "--json", log.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(run.out());
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(
                Path.of(System.getProperty("docs.dir", "../docs")).resolve("log-report.schema.json")), InputFormat.JSON);
        assertThat(schema.validate(doc)).isEmpty();
        assertThat(doc.path("statusCounts").path("502").asLong()).isEqualTo(1);
    }

    @Test
    void textAndHtml() throws Exception {
        Path html = dir.resolve("report.html");
        Run run = Run.of("logs", "--lang", "zh", "--html", html.toString(), log.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("502", "错误网关");
        assertThat(Files.readString(html)).startsWith("<!doctype html>").contains("<svg");
    }

    @Test
    void badInputHasTheRightExitCode() throws Exception {
        Run missing = Run.of("logs", dir.resolve("nope.log").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).startsWith("httpcodes: ").contains("nope.log: no such file");
        Run format = Run.of("logs", "--format", "apache", log.toString());
        assertThat(format.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(format.err()).contains("\"apache\"");
        Path empty = dir.resolve("empty.log");
        Files.writeString(empty, "");
        Run nothing = Run.of("logs", "--format", "combined", empty.toString());
        assertThat(nothing.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        Run follow = Run.of("logs", "--follow", log.toString(), log.toString());
        assertThat(follow.exit()).isEqualTo(ExitCode.USAGE);
        Run nginx = Run.of("logs", "--nginx-format", "$remote_addr $request", log.toString());
        assertThat(nginx.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(nginx.err()).contains("$status");
        Run threads = Run.of("logs", "--threads", "0", log.toString());
        assertThat(threads.exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void sparkOutsideTheLauncherSaysWhereItRuns() throws Exception {
        Run spark = Run.of("logs", "--spark", "local[2]", log.toString());
        assertThat(spark.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(spark.err()).startsWith("httpcodes: --spark").contains("./httpcodes")
                .contains("spark-submit --class dev.httpcodes.spark.SparkLogs");
        assertThat(spark.err().strip().lines()).hasSize(1);
        assertThat(spark.out()).isEmpty();
    }
}

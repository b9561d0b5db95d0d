package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The drill-down options: what they select, and one test per kind of bad value (exit 2, one line, no trace). */
class LogsFilterTest {
    @TempDir
    static Path dir;
    static Path log;

    @BeforeAll
    static void write() throws Exception {
        log = dir.resolve("access.log");
        Files.writeString(log, String.join("\n",
                "1.1.1.1 - - [27/Nov/2026:10:00:00 +0000] \"GET /api/a HTTP/1.1\" 502 5 \"-\" \"ua\"",
                "2.2.2.2 - - [27/Nov/2026:10:30:00 +0000] \"GET /api/b HTTP/1.1\" 502 5 \"-\" \"ub\"",
                "1.1.1.1 - - [27/Nov/2026:11:00:00 +0000] \"GET /static/c HTTP/1.1\" 504 5 \"-\" \"ua\"",
                "3.3.3.3 - - [27/Nov/2026:11:30:00 +0000] \"GET /api/d HTTP/1.1\" 200 5 \"-\" \"ua\"",
                "3.3.3.3 - - [27/Nov/2026:12:00:00 +0000] \"GET /api/e HTTP/1.1\" 403 5 \"-\" \"ua\"") + "\n");
    }

    private static JsonNode json(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "logs";
        all[1] = "--json";
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = log.toString();
        Run run = Run.of(all);
        assertThat(run.exit()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void statusPathAndTimeSelect() {
        JsonNode fives = json("--status", "5xx");
        assertThat(fives.path("lines").asLong()).isEqualTo(3);
        assertThat(fives.path("filtered").asLong()).isEqualTo(2);
        assertThat(fives.path("filter").asString()).isEqualTo("--status 5xx");
        JsonNode api = json("--status", "5xx,200", "--path", "/api/", "--since", "2026-11-27T10:15:00Z");
        assertThat(api.path("statusCounts").properties()).extracting(e -> e.getKey() + "=" + e.getValue().asLong())
                .containsExactly("200=1", "502=1");
        // A selected status other than an error gets its details too.
        JsonNode ok = json("--status", "200");
        assertThat(ok.path("errors").get(0).path("code").asString()).isEqualTo("200");
        assertThat(ok.path("errors").get(0).path("paths").get(0).path("value").asString()).isEqualTo("/api/d");
        JsonNode until = json("--until", "2026-11-27T11:00:00Z");
        assertThat(until.path("lines").asLong()).isEqualTo(2);
    }

    @Test
    void nothingSelectedIsNothingFound() {
        Run run = Run.of("logs", "--status", "418", log.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
    }

    private static void usage(String option, String value, String says) {
        Run run = Run.of("logs", option, value, log.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("httpcodes: ").contains(says).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadStatus() {
        usage("--status", "5xx,teapot", "\"teapot\" is not a status class");
        usage("--status", "6000", "\"6000\"");
    }

    @Test
    void aBadTime() {
        usage("--since", "last tuesday", "--since: \"last tuesday\" is neither");
        usage("--until", "2026-02-30T00:00:00Z", "--until: \"2026-02-30T00:00:00Z\"");
        usage("--since", "99999999d", "at most 100 years");
    }

    @Test
    void anEmptyWindow() {
        Run run = Run.of("logs", "--since", "2026-11-28", "--until", "2026-11-27", log.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is not before --until");
    }

    @Test
    void aBadProducerOrEmptyPrefix() {
        usage("--producer", "cdn", "--producer must be proxy or upstream, not \"cdn\"");
        usage("--path", "", "--path needs");
        usage("--host", "", "--host needs");
    }

    @Test
    void anEscapedEcho() {
        usage("--status", "\u001b[31m", "\\x1b[31m");
    }
}

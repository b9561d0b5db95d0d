package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code logs --follow --json} run as a user runs it, each refreshed report read as it is printed. */
class LogsFollowTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** Collects each JSON report printed (a pretty-printed root object ends with a closing brace at column 0). */
    static final class Reports extends OutputStream {
        final BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            pending.write(b);
            if (b == '\n') {
                String text = pending.toString(StandardCharsets.UTF_8);
                if (text.endsWith("\n}\n")) {
                    queue.add(JSON.readTree(text));
                    pending.reset();
                }
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        /** The next report that satisfies {@code test}, skipping earlier ones; bounded in count and time. */
        JsonNode next(Predicate<JsonNode> test, ByteArrayOutputStream err) throws InterruptedException {
            for (int i = 0; i < 20; i++) {
                JsonNode r = queue.poll(30, TimeUnit.SECONDS);
                assertThat(r).as("a report was printed; standard error: %s", err.toString(StandardCharsets.UTF_8))
                        .isNotNull();
                if (test.test(r)) {
                    return r;
                }
            }
            throw new AssertionError("no report satisfied the test in 20");
        }
    }

    /** A running {@code logs --follow}; closing stops it. */
    static final class Following implements AutoCloseable {
        final Reports reports = new Reports();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final Thread thread;

        Following(Path log) {
            PrintStream out = new PrintStream(reports, true, StandardCharsets.UTF_8);
            PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
            thread = new Thread(() -> new Cli(Run.PIPE, out, errors).run("logs", "--json", "--follow",
                    "--follow-seconds", "1", log.toString()));
            thread.start();
        }

        JsonNode next(Predicate<JsonNode> test) throws InterruptedException {
            return reports.next(test, err);
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.MINUTES.toMillis(1));
        }
    }

    private static void append(Path log, String text) throws Exception {
        Files.writeString(log, text, StandardOpenOption.APPEND);
    }

    @Test
    void followingAnIisLogKeepsItsFields() throws Exception {
        Path log = dir.resolve("u_ex261127.log");
        Files.writeString(log, String.join("\n",
                "#Software: Microsoft Internet Information Services 10.0",
                "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
                        + "sc-status sc-substatus sc-win32-status time-taken",
                "2026-11-27 09:00:01 10.0.0.1 GET /app/ - 443 - 192.0.2.7 Mozilla/5.0+(Windows) 403 14 0 15",
                "2026-11-27 09:00:03 10.0.0.1 GET / - 443 - 192.0.2.9 curl/8 200 0 0 1") + "\n");
        try (Following f = new Following(log)) {
            JsonNode first = f.next(r -> true);
            assertThat(first.path("lines").asLong()).isEqualTo(2);
            append(log, "2026-11-27 09:00:04 10.0.0.1 GET /x.aspx - 443 - 192.0.2.8 curl/8 500 19 13 3\n"
                    + "2026-11-27 09:00:05 10.0.0.1 GET / - 443 - 192.0.2.9 curl/8 200 0 0 1\n");
            JsonNode next = f.next(r -> r.path("lines").asLong() + r.path("malformed").asLong() >= 4);
            assertThat(next.path("malformed").asLong()).as(f.err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(next.path("statusCounts").path("500.19").asLong()).isEqualTo(1);
            assertThat(next.path("statusCounts").path("200").asLong()).isEqualTo(2);
            // A new #Fields mid-file changes the columns of the lines after it.
            append(log, "#Fields: date time c-ip sc-status sc-substatus\n2026-11-27 09:00:06 192.0.2.10 404 3\n");
            JsonNode changed = f.next(r -> r.path("lines").asLong() + r.path("malformed").asLong() >= 5);
            assertThat(changed.path("malformed").asLong()).isZero();
            assertThat(changed.path("statusCounts").path("404.3").asLong()).isEqualTo(1);
        }
    }

    private static String line(String path, int status) {
        return "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET " + path + " HTTP/1.1\" " + status + " 5 \"-\" \"ua\"\n";
    }

    @Test
    void copytruncateThenALongerFileLosesNoLine() throws Exception {
        Path log = dir.resolve("access.log");
        Files.writeString(log, line("/old/1", 200) + line("/old/2", 200) + line("/old/3", 200));
        try (Following f = new Following(log)) {
            assertThat(f.next(r -> true).path("lines").asLong()).isEqualTo(3);
            // copytruncate: the content is copied away, the file cut to 0, and the server writes on at once, past
            // the old length before the follower looks again.
            StringBuilder longer = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                longer.append(line("/new/after-rotation/" + i, i < 4 ? 502 : 200));
            }
            Files.writeString(log, longer, StandardOpenOption.TRUNCATE_EXISTING);
            JsonNode next = f.next(r -> r.path("lines").asLong() >= 13);
            assertThat(next.path("lines").asLong()).isEqualTo(13);
            assertThat(next.path("statusCounts").path("502").asLong()).isEqualTo(4);
            assertThat(next.path("errors").get(0).path("paths").get(0).path("value").asString())
                    .startsWith("/new/after-rotation/");
            // logrotate's rename-and-create: the lines written to the old file before the switch still count.
            Files.move(log, dir.resolve("access.log.1"));
            append(dir.resolve("access.log.1"), line("/old/late", 503));
            Files.writeString(log, line("/fresh/1", 200) + line("/fresh/2", 200));
            JsonNode renamed = f.next(r -> r.path("lines").asLong() >= 16);
            assertThat(renamed.path("lines").asLong()).isEqualTo(16);
            assertThat(renamed.path("statusCounts").path("503").asLong()).isEqualTo(1);
        }
    }
}

package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inputs made to hurt a log analyzer, given to the real command. The ones that could cost memory run in a child JVM
 * with a 128 MiB heap: were a long line, a zip bomb or an endless stream buffered, it would die of
 * {@code OutOfMemoryError} and exit 70 instead of giving its report.
 */
class LogsHostileInputTest {
    static final String OK = "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"ua\"\n";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** One run of {@code httpcodes} in its own JVM with a small heap; standard input is {@code stdin}'s output. */
    record Child(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    @FunctionalInterface
    interface Feed {
        void write(OutputStream stdin) throws IOException;
    }

    private Child child(Feed stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                stdin.write(in);
            }
        } catch (IOException e) {
            // The command stopped reading (it may refuse the input early): its exit code tells.
        }
        try {
            // A bound, not a timing assertion: a run that hangs must fail the test, not the build.
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the command ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Child child(String... args) throws Exception {
        return child(null, args);
    }

    /** Writes {@code count} × {@code chunk} to a file, one chunk at a time. */
    private static void repeat(Path file, byte[] chunk, long count) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            for (long i = 0; i < count; i++) {
                ByteBuffer b = ByteBuffer.wrap(chunk);
                while (b.hasRemaining()) {
                    c.write(b);
                }
            }
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void aLineOf200MegabytesWithoutANewlineIsOneMalformedLine() throws Exception {
        Path log = dir.resolve("long.log");
        Files.writeString(log, OK);
        byte[] x = new byte[1 << 20];
        Arrays.fill(x, (byte) 'x');
        repeat(log, x, 200);
        for (String threads : new String[] {"1", "2"}) {
            Child run = child("logs", "--json", "--threads", threads, log.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode doc = run.json();
            assertThat(doc.path("lines").asLong()).isEqualTo(1);
            assertThat(doc.path("malformed").asLong()).isEqualTo(1);
            assertThat(doc.path("malformedSamples").get(0).asString()).startsWith(log + ":2: [> 65536 B] xxxx");
        }
    }

    @Test
    void aGigabyteOfZerosInGzipEndsInBoundedMemory() throws Exception {
        // gzip members one after another make one stream (RFC 1952): a line, then 1 GiB of zeros without a newline.
        Path bomb = dir.resolve("zeros.log.gz");
        Files.write(bomb, gzip(OK.getBytes(StandardCharsets.UTF_8)));
        repeat(bomb, gzip(new byte[1 << 20]), 1024);
        assertThat(Files.size(bomb)).as("a small file").isLessThan(4L << 20);
        Child run = child("logs", "--json", bomb.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = run.json();
        assertThat(doc.path("lines").asLong()).isEqualTo(1);
        assertThat(doc.path("malformed").asLong()).isEqualTo(1);
        assertThat(doc.path("malformedSamples").get(0).asString()).startsWith(bomb + ":2: [> 65536 B] \u0000\u0000");
    }

    @Test
    void devZeroThroughAPipeIsAStreamReadInBoundedMemory() throws Exception {
        assumeThat(Path.of("/dev/zero")).exists();
        Feed zeros = stdin -> {
            byte[] b = new byte[1 << 20];
            try (InputStream z = new FileInputStream("/dev/zero")) {
                for (int i = 0; i < 512; i++) {
                    int n = z.readNBytes(b, 0, b.length);
                    stdin.write(b, 0, n);
                }
            }
        };
        Child told = child(zeros, "logs", "--json", "--format", "combined", "-");
        assertThat(told.exit()).as(told.err()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(told.json().path("malformed").asLong()).isEqualTo(1);
        assertThat(told.json().path("lines").asLong()).isZero();
        // Without --format the first 64 KiB are all there is to tell the format by.
        Child guess = child(zeros, "logs", "-");
        assertThat(guess.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(guess.err()).contains("-: the first 64 KiB hold no complete line").contains("--format")
                .doesNotContain("Exception");
    }

    @Test
    void standardInputAsAPipePlainAndGzip() throws Exception {
        byte[] log = (OK + OK.replace(" 200 ", " 503 ")).repeat(5000).getBytes(StandardCharsets.UTF_8);
        for (byte[] input : List.of(log, gzip(log))) {
            Child run = child(stdin -> stdin.write(input), "logs", "--json", "-");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.json().path("statusCounts").path("200").asLong()).isEqualTo(5000);
            assertThat(run.json().path("statusCounts").path("503").asLong()).isEqualTo(5000);
            assertThat(run.json().path("formats").get(0).asString()).isEqualTo("-: combined");
        }
    }

    @Test
    void aFifoIsReadAsAStream() throws Exception {
        Path fifo = dir.resolve("log.fifo");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo is not available").isNull();
            return;
        }
        assertThat(mk.waitFor()).isZero();
        byte[] lines = (OK + OK.replace(" 200 ", " 404 ")).repeat(3000).getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(lines);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Run run = Run.of("logs", "--json", fifo.toString());
        writer.join(TimeUnit.MINUTES.toMillis(1));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("statusCounts").path("200").asLong()).isEqualTo(3000);
        assertThat(doc.path("statusCounts").path("404").asLong()).isEqualTo(3000);
        assertThat(run.err()).doesNotContain("seek");
    }

    @Test
    void hugeTimesAndByteCountsMakeALineMalformedNeverTheRunFatal() throws Exception {
        String forty = "1234567890".repeat(4);
        Path combined = dir.resolve("numbers.log");
        Files.writeString(combined, OK
                + "1.2.3.4 - - [99999999999999999999999] \"GET / HTTP/1.1\" 200 5 \"-\" \"ua\"\n"
                + "1.2.3.4 - - [31/Dec/9999:23:59:59 -2359] \"GET / HTTP/1.1\" 200 5 \"-\" \"ua\"\n"
                + "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1\" 200 " + forty + " \"-\" \"ua\"\n"
                + OK.replace(" 5 ", " 999999999999999999 ").repeat(20));
        Run run = Run.of("logs", "--json", combined.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("lines").asLong()).isEqualTo(21);
        assertThat(doc.path("malformed").asLong()).isEqualTo(3);
        assertThat(doc.path("bytes").asLong()).as("a sum that would overflow saturates").isEqualTo(Long.MAX_VALUE);
        assertThat(Run.of("logs", combined.toString()).exit()).isZero();

        Path json = dir.resolve("numbers.jsonl");
        Files.writeString(json, String.join("\n",
                "{\"status\":200,\"time\":\"2026-11-27T09:39:15Z\",\"uri\":\"/\",\"bytes_sent\":5}",
                "{\"status\":200,\"time\":\"99999999999999999999999\",\"uri\":\"/\"}",
                "{\"status\":200,\"time\":99999999999999999999999,\"uri\":\"/\"}",
                "{\"status\":200,\"time\":\"2026-11-27T09:39:15Z\",\"uri\":\"/\",\"bytes_sent\":" + forty + "}",
                "{\"status\":99999999999999999999999,\"uri\":\"/\"}") + "\n");
        Run lines = Run.of("logs", "--json", json.toString());
        assertThat(lines.exit()).as(lines.err()).isZero();
        assertThat(JSON.readTree(lines.out()).path("lines").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(lines.out()).path("malformed").asLong()).isEqualTo(4);

        Path nginx = dir.resolve("msec.log");
        Files.writeString(nginx, "1795000000.123 200 /\n99999999999999999999999 200 /\n1795000000.5 200 /\n");
        Run msec = Run.of("logs", "--json", "--nginx-format", "$msec $status $uri", nginx.toString());
        assertThat(msec.exit()).as(msec.err()).isZero();
        assertThat(JSON.readTree(msec.out()).path("lines").asLong()).isEqualTo(2);
        assertThat(JSON.readTree(msec.out()).path("malformed").asLong()).isEqualTo(1);
    }

    @Test
    void aTruncatedGzipKeepsTheReportOfWhatWasReadAndExits3() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            b.append("10.0.0.").append(i % 250).append(" - - [27/Nov/2026:09:39:15 +0000] \"GET /p/").append(i)
                    .append(" HTTP/1.1\" ").append(i % 10 == 0 ? 500 : 200).append(" 5 \"-\" \"ua\"\n");
        }
        byte[] whole = gzip(b.toString().getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("cut.log.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        Run json = Run.of("logs", "--json", cut.toString());
        assertThat(json.exit()).as(json.err()).isEqualTo(LogsCommand.INCOMPLETE);
        JsonNode doc = JSON.readTree(json.out());
        // Every whole line that can be inflated from the cut file is counted, up to the last one before the cut.
        long readable = 0;
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(cut))) {
            int c;
            while ((c = in.read()) >= 0) {
                readable += c == '\n' ? 1 : 0;
            }
        } catch (java.io.EOFException e) {
            // where the data stops
        }
        long lines = doc.path("lines").asLong();
        assertThat(readable).isBetween(1L, 199_999L);
        assertThat(lines + doc.path("malformed").asLong()).isEqualTo(readable);
        assertThat(doc.path("malformed").asLong()).isZero();
        assertThat(doc.path("incomplete").get(0).path("input").asString()).isEqualTo(cut.toString());
        assertThat(doc.path("incomplete").get(0).path("reason").asString()).contains("truncated");
        assertThat(doc.path("incomplete").get(0).path("lines").asLong()).isGreaterThanOrEqualTo(lines);
        assertThat(json.err()).contains(cut + ": truncated").contains("the report covers what was read");
        Run text = Run.of("logs", cut.toString());
        assertThat(text.exit()).isEqualTo(LogsCommand.INCOMPLETE);
        assertThat(text.out()).contains("! " + cut + ": truncated");
        assertThat(Run.of("logs", "--help").out()).contains("3   report written, but an input stopped early");
    }

    @Test
    void anEmptyFileExitsAsTheHelpSays() throws Exception {
        Path empty = dir.resolve("empty.log");
        Files.writeString(empty, "");
        assertThat(Run.of("logs", "--help").out()).contains("1   no line could be read as a log line (an empty "
                + "file, too)");
        for (String[] args : List.of(new String[] {"logs", empty.toString()},
                new String[] {"logs", "--json", empty.toString()},
                new String[] {"logs", "--format", "iis", empty.toString()})) {
            Run run = Run.of(args);
            assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(ExitCode.NOTHING_FOUND);
        }
        Path blank = dir.resolve("blank.log");
        Files.writeString(blank, "\n\n\r\n");
        assertThat(Run.of("logs", blank.toString()).exit()).isEqualTo(ExitCode.NOTHING_FOUND);
    }

    /** Characters that must never reach a terminal raw: C0 but newline, DEL, C1, bidi embeddings and isolates. */
    static boolean unsafe(int c) {
        return c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069;
    }

    @Test
    void controlAndBidiCharactersFromTheLogAreShownEscaped() throws Exception {
        Path log = dir.resolve("evil\u001b[2J.log");
        String agent = "evil\u001b[31mred\u009b2J\u202egnp.exe\u2066x\u2069\u0085";
        Files.writeString(log, OK
                + "6.6.6.6 - - [27/Nov/2026:09:39:15 +0000] \"GET /a\u001b]0;title\u0007b HTTP/1.1\" 404 5 \"-\" \""
                + agent + "\"\n"
                + "garbage \u001b[2J \u0085 \u202d here\n", StandardCharsets.UTF_8);
        for (Environment env : List.of(Run.PIPE, Run.TTY)) {
            Run run = Run.of(env, "logs", log.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out().codePoints().filter(LogsHostileInputTest::unsafe).mapToObj(Integer::toHexString))
                    .as("raw control characters in the report").isEmpty();
            assertThat(run.out()).contains("evil\\x1b[31mred\\x9b2J\\u202egnp.exe\\u2066x\\u2069\\x85")
                    .contains("/a\\x1b]0;title\\x07b").contains("garbage \\x1b[2J \\x85 \\u202d here")
                    .contains("evil\\x1b[2J.log");
        }
        // JSON: the same values (read back whole), but no character a terminal acts on is written raw.
        Run json = Run.of("logs", "--json", log.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out().codePoints().filter(LogsHostileInputTest::unsafe).mapToObj(Integer::toHexString))
                .as("raw control characters in the JSON").isEmpty();
        assertThat(json.out()).contains("\\u0085").contains("\\u009b").contains("\\u202e").contains("\\u2066")
                .contains("\\u202d");
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.path("errors").get(0).path("agents").get(0).path("value").asString()).isEqualTo(agent);
        assertThat(doc.path("errors").get(0).path("paths").get(0).path("value").asString())
                .isEqualTo("/a\u001b]0;title\u0007b");
        assertThat(doc.path("malformedSamples").get(0).asString()).endsWith("garbage \u001b[2J \u0085 \u202d here");
    }
}

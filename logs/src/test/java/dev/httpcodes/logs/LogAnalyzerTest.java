package dev.httpcodes.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.report.LogReport;
import dev.httpcodes.logs.stats.LogStats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogAnalyzerTest {
    /** An independent reading of combined lines, by regex, to check the counts against. */
    private static final Pattern LINE = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[[^\\]]+\\] \"(?:[^\"\\\\]|\\\\.)*\" (\\d{3}) (?:\\d+|-)(?: \"(?:[^\"\\\\]|\\\\.)*\" "
                    + "\"(?:[^\"\\\\]|\\\\.)*\")?$");
    private static final int[] CODES = {200, 200, 200, 200, 301, 304, 404, 404, 403, 429, 499, 500, 502, 503, 504};

    @TempDir
    static Path dir;
    static Path log;
    static Map<String, Long> expected;
    static long expectedMalformed;
    static long firstMalformedLine;

    @BeforeAll
    static void writeLog() throws IOException {
        Random random = new Random(42);
        StringBuilder b = new StringBuilder();
        long t = 1_795_000_000L;
        for (int i = 0; i < 120_000; i++) {
            t += random.nextInt(3);
            String stamp = java.time.format.DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", java.util.Locale.ROOT)
                    .format(java.time.Instant.ofEpochSecond(t).atZone(java.time.ZoneOffset.ofHours(8)));
            int code = CODES[random.nextInt(CODES.length)];
            String request = switch (random.nextInt(500)) {
                case 0 -> "GET /a path with \\\"quotes\\\" HTTP/1.1";
                case 1 -> "\\x16\\x03\\x01 junk";
                default -> "GET /p/" + random.nextInt(50) + "?q=" + i + " HTTP/1.1";
            };
            if (random.nextInt(1000) == 0) {
                b.append("this is not a log line ").append(i).append('\n');
                continue;
            }
            b.append("10.0.").append(random.nextInt(4)).append('.').append(random.nextInt(256)).append(" - - [")
                    .append(stamp).append("] \"").append(request).append("\" ").append(code).append(' ')
                    .append(random.nextInt(9000)).append(" \"-\" \"agent-").append(random.nextInt(5)).append("\"\n");
        }
        log = dir.resolve("access.log");
        Files.writeString(log, b.toString());
        expected = new TreeMap<>();
        long n = 0;
        for (String line : b.toString().split("\n")) {
            n++;
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                expected.merge(m.group(1), 1L, Long::sum);
            } else {
                expectedMalformed++;
                if (firstMalformedLine == 0) {
                    firstMalformedLine = n;
                }
            }
        }
        assertThat(Files.size(log)).as("several blocks and ranges").isGreaterThan(LogAnalyzer.BLOCK);
    }

    private static LogAnalyzer.LogStatsResult analyze(int threads, String... names) throws LogInputException {
        LogAnalyzer analyzer = new LogAnalyzer(new AnalyzerOptions(Optional.empty(), Optional.empty(),
                Optional.empty(), threads));
        List<LogAnalyzer.Input> inputs = new ArrayList<>();
        for (String name : names) {
            inputs.add(LogAnalyzer.open(name, new ByteArrayInputStream(new byte[0])));
        }
        return analyzer.analyze(inputs, read -> { });
    }

    @Test
    void countsMatchAnIndependentCountOnOneAndManyThreads() throws Exception {
        for (int threads : new int[] {1, 2, 3, 8}) {
            LogStats s = analyze(threads, log.toString()).stats();
            assertThat(s.statusCounts()).as("threads=%d", threads).isEqualTo(expected);
            assertThat(s.malformed).isEqualTo(expectedMalformed);
            assertThat(s.samples()).isNotEmpty().allSatisfy(m -> assertThat(m.text()).startsWith("this is not"));
            assertThat(s.samples().get(0).line()).as("absolute line number, threads=%d", threads)
                    .isEqualTo(firstMalformedLine);
        }
    }

    @Test
    void gzipStdinAndSeveralFiles() throws Exception {
        Path gz = dir.resolve("access.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(log, out);
        }
        assertThat(analyze(2, gz.toString()).stats().statusCounts()).isEqualTo(expected);
        LogAnalyzer analyzer = new LogAnalyzer(AnalyzerOptions.defaults());
        LogStats fromStdin = analyzer.analyze(List.of(LogAnalyzer.open("-", Files.newInputStream(log))), r -> { })
                .stats();
        assertThat(fromStdin.statusCounts()).isEqualTo(expected);
        LogStats twice = analyze(2, log.toString(), gz.toString()).stats();
        assertThat(twice.lines).isEqualTo(2 * expected.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void unreadableInputsAreNamed() {
        assertThatThrownBy(() -> analyze(1, dir.resolve("missing.log").toString()))
                .isInstanceOf(LogInputException.class).hasMessageContaining("missing.log: no such file");
        assertThatThrownBy(() -> analyze(1, dir.toString())).hasMessageContaining("is a directory");
    }

    @Test
    void notALogIsRefusedWithAHint() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello\nworld\n");
        assertThatThrownBy(() -> analyze(1, text.toString())).isInstanceOf(LogInputException.class)
                .hasMessageContaining("not a log format").hasMessageContaining("--nginx-format");
    }

    @Test
    void aLineLongerThanTheMaximumIsMalformedWithItsLineNumber() throws Exception {
        Path big = dir.resolve("long-line.log");
        String ok = "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"ua\"\n";
        Files.writeString(big, ok + "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET /" + "x".repeat(LogAnalyzer.BLOCK + 10)
                + " HTTP/1.1\" 414 5 \"-\" \"ua\"\n" + ok);
        for (int threads : new int[] {1, 2}) {
            LogStats s = analyze(threads, big.toString()).stats();
            // Longer than the maximum line length: malformed, with its line number, never buffered whole.
            assertThat(s.statusCounts()).as("threads=%d", threads).containsExactly(Map.entry("200", 2L));
            assertThat(s.malformed).isEqualTo(1);
            assertThat(s.samples()).singleElement().satisfies(m -> {
                assertThat(m.tooLong()).isTrue();
                assertThat(m.line()).isEqualTo(2);
            });
        }
    }

    @Test
    void timeBucketsAcrossMidnightAndTimeZones() throws Exception {
        Path tz = dir.resolve("tz.log");
        Files.writeString(tz, String.join("\n",
                "1.1.1.1 - - [27/Nov/2026:23:59:30 +0100] \"GET / HTTP/1.1\" 500 1 \"-\" \"a\"",
                "1.1.1.1 - - [28/Nov/2026:00:00:30 +0100] \"GET / HTTP/1.1\" 404 1 \"-\" \"a\"",
                "1.1.1.1 - - [27/Nov/2026:22:59:40 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"a\"",
                "1.1.1.1 - - [27/Nov/2026:18:00:50 -0500] \"GET / HTTP/1.1\" 503 1 \"-\" \"a\"") + "\n");
        LogReport r = LogReport.of(analyze(1, tz.toString()), Registry.standard(), Lang.EN);
        assertThat(r.bucketSeconds).isEqualTo(60);
        long base = java.time.Instant.parse("2026-11-27T22:59:00Z").getEpochSecond();
        // 23:59:30+01:00 and 22:59:40Z share the minute 22:59Z; 00:00:30+01:00 (next day there) and 18:00:50-05:00
        // are both 23:00Z.
        assertThat(r.buckets).containsExactly(new LogReport.Bucket(base, 2, 0, 1, 0, 1, 0),
                new LogReport.Bucket(base + 60, 2, 1, 1, 0, 0, 0));
        assertThat(r.firstTime).isEqualTo(base + 30);
    }

    @Test
    void bucketSizeFollowsTheSpan() throws Exception {
        LogReport r = LogReport.of(analyze(2, log.toString()), Registry.standard(), Lang.EN);
        assertThat(r.lastTime - r.firstTime).isGreaterThan(6 * 3600);
        assertThat(r.bucketSeconds).isEqualTo(3600);
        assertThat(r.buckets.stream().mapToLong(LogReport.Bucket::total).sum())
                .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void followReadsWhatIsAppended() throws Exception {
        Path growing = dir.resolve("growing.log");
        String line = "1.2.3.4 - - [27/Nov/2026:09:39:15 +0000] \"GET / HTTP/1.1\" 502 5 \"-\" \"ua\"\n";
        Files.writeString(growing, line);
        LogAnalyzer analyzer = new LogAnalyzer(AnalyzerOptions.defaults());
        LogAnalyzer.LogStatsResult result = analyzer.analyze(List.of(LogAnalyzer.open(growing.toString(), null)),
                r -> { });
        Follower follower = Follower.of(AnalyzerOptions.defaults(), growing.toString(), result);
        assertThat(follower.poll()).isZero();
        Files.writeString(growing, line + line + line.substring(0, 20), java.nio.file.StandardOpenOption.APPEND);
        assertThat(follower.poll()).isEqualTo(2);
        Files.writeString(growing, line.substring(20), java.nio.file.StandardOpenOption.APPEND);
        assertThat(follower.poll()).isEqualTo(1);
        assertThat(result.stats().statusCounts()).containsEntry("502", 4L);
        Files.writeString(growing, line); // truncated and rewritten, as log rotation does
        assertThat(follower.poll()).isEqualTo(1);
    }

    @Test
    void reportNamesVendorsAndFindsPatterns() throws Exception {
        Path p = dir.resolve("patterns.log");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            b.append("1.1.1.1 - - [27/Nov/2026:10:").append(String.format("%02d", i)).append(":00 +0000] \"GET /slow HTTP/1.1\" ")
                    .append(i % 2 == 0 ? 499 : 504).append(" 0 \"-\" \"a\"\n");
            b.append("1.1.1.1 - - [27/Nov/2026:10:").append(String.format("%02d", i))
                    .append(":10 +0000] \"GET / HTTP/1.1\" 200 0 \"-\" \"a\"\n");
        }
        for (int i = 0; i < 20; i++) {
            b.append("2.2.2.2 - - [27/Nov/2026:10:05:30 +0000] \"GET /api HTTP/1.1\" 502 0 \"-\" \"a\"\n");
        }
        b.append("3.3.3.3 - - [27/Nov/2026:10:06:00 +0000] \"GET /api HTTP/1.1\" 429 0 \"-\" \"a\"\n");
        b.append("3.3.3.3 - - [27/Nov/2026:10:06:00 +0000] \"GET /api HTTP/1.1\" 520 0 \"-\" \"a\"\n");
        Files.writeString(p, b.toString());
        LogReport r = LogReport.of(analyze(1, p.toString()), Registry.standard(), Lang.EN);
        assertThat(r.patterns).anySatisfy(x -> assertThat(x).contains("499 together with 504"));
        assertThat(r.patterns).anySatisfy(x -> assertThat(x).startsWith("502 come in bursts"));
        assertThat(r.patterns).anySatisfy(x -> assertThat(x).contains("429"));
        assertThat(r.patterns).anySatisfy(x -> assertThat(x).contains("Cloudflare"));
        assertThat(r.byCode).filteredOn(c -> c.code().equals("499")).singleElement()
                .satisfies(c -> assertThat(c.vendor()).isEqualTo("nginx"));
        assertThat(r.errors.get(0).code().code()).isEqualTo("502");
        assertThat(r.errors.get(0).causes()).isNotEmpty();
        assertThat(r.errors.get(0).paths().get(0)).isEqualTo(Map.entry("/api", 20L));
    }

    /** One line per minute of a quiet hour, then {@code burst} lines of {@code code} in one minute. */
    private Path logWith(String name, String code, int burst) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            b.append("1.1.1.1 - - [27/Nov/2026:10:").append(String.format("%02d", i))
                    .append(":10 +0000] \"GET / HTTP/1.1\" 200 0 \"-\" \"a\"\n");
        }
        for (int i = 0; i < burst; i++) {
            b.append("2.2.2.2 - - [27/Nov/2026:10:05:30 +0000] \"GET /api HTTP/1.1\" ").append(code)
                    .append(" 0 \"-\" \"a\"\n");
        }
        Path p = dir.resolve(name + ".log");
        Files.writeString(p, b.toString());
        return p;
    }

    @Test
    void everyCodeAPatternCountsTriggersIt() throws Exception {
        Registry registry = Registry.standard();
        for (String pattern : List.of("rate-limited", "cdn-origin")) {
            String message = registry.pattern(pattern).name().en();
            assertThat(registry.patternCodes(pattern)).as(pattern).isNotEmpty();
            for (String code : registry.patternCodes(pattern)) {
                LogReport r = LogReport.of(analyze(1, logWith(pattern + code, code, 1).toString()), registry, Lang.EN);
                assertThat(r.patterns).as("%s for %s", pattern, code).contains(message);
            }
            LogReport quiet = LogReport.of(analyze(1, logWith(pattern + "-none", "404", 1).toString()), registry,
                    Lang.EN);
            assertThat(quiet.patterns).as(pattern).doesNotContain(message);
        }
        assertThat(LogStats.BURST_CODES).containsExactly(registry.patternCodes("bursts").stream()
                .mapToInt(Integer::parseInt).toArray());
        for (int code : LogStats.BURST_CODES) {
            LogReport r = LogReport.of(analyze(1, logWith("burst" + code, Integer.toString(code), 20).toString()),
                    registry, Lang.EN);
            assertThat(r.patterns).as("bursts of %s", code).anySatisfy(x -> assertThat(x).startsWith(code + " "));
        }
    }
}

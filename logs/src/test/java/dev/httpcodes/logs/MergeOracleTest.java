package dev.httpcodes.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.report.LogReport;
import dev.httpcodes.logs.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

/**
 * The whole report — status counts, malformed lines and their samples, bytes, top paths, clients and agents per error
 * code, time buckets — is the same on 1 to 8 threads, and equal to a plain single-pass reading of the log by regex
 * and {@link java.time}, which shares no code with the analyzer. The log (fixed seed) is several blocks long, so
 * ranges, blocks and whole files are each counted by different threads and merged.
 */
class MergeOracleTest {
    private static final int MAX_LINE = 512;
    private static final Pattern LINE = Pattern.compile("^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] \"((?:[^\"\\\\]|\\\\.)*)\" "
            + "(\\d{3}) (\\d{1,18}|-)(?: \"(?:[^\"\\\\]|\\\\.)*\" \"((?:[^\"\\\\]|\\\\.)*)\")?$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
    private static final int[] CODES = {200, 200, 200, 200, 200, 200, 200, 301, 304, 400, 401, 403, 404, 404, 404, 429,
        499, 500, 502, 503, 504};
    private static final String[] AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
        "curl/8.5.0", "python-requests/2.32", "Googlebot/2.1 (+http://www.google.com/bot.html)", "-", "",
        "agent with \\\"quotes\\\"", "Go-http-client/1.1", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Firefox/133.0"};

    @TempDir
    static Path dir;
    static Path plain;
    static Path gz;
    static List<Path> parts = new ArrayList<>();
    static Oracle oracle;

    /** What the report must say, computed line by line from the text. */
    static final class Oracle {
        final Map<String, Long> statusCounts = new TreeMap<>();
        final Map<String, Map<String, Long>> paths = new HashMap<>();
        final Map<String, Map<String, Long>> clients = new HashMap<>();
        final Map<String, Map<String, Long>> agents = new HashMap<>();
        final Map<String, Long> errorBytes = new HashMap<>();
        final TreeMap<Long, long[]> minutes = new TreeMap<>();
        final List<String> samples = new ArrayList<>();
        long lines;
        long malformed;
        long bytes;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;

        void read(String name, String text) {
            long number = 0;
            for (String raw : text.split("\n", -1)) {
                number++;
                String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = LINE.matcher(line);
                boolean tooLong = line.getBytes(StandardCharsets.UTF_8).length > MAX_LINE;
                Long time = !tooLong && m.matches() ? time(m.group(2)) : null;
                if (time == null) {
                    malformed++;
                    if (samples.size() < 5) {
                        samples.add(name + ":" + number + ": " + (tooLong ? "[> " + MAX_LINE + " B] " : "")
                                + line.substring(0, Math.min(300, line.length())));
                    }
                    continue;
                }
                lines++;
                String code = m.group(4);
                long t = time;
                first = Math.min(first, t);
                last = Math.max(last, t);
                long b = m.group(5).equals("-") ? 0 : Long.parseLong(m.group(5));
                bytes += b;
                statusCounts.merge(code, 1L, Long::sum);
                int status = Integer.parseInt(code);
                long[] minute = minutes.computeIfAbsent(Math.floorDiv(t, 60), k -> new long[6]);
                minute[0]++;
                if (status < 400) {
                    // {1xx, 2xx, 3xx} after {all, 4xx, 5xx}
                    minute[status / 100 + 2]++;
                }
                if (status >= 400) {
                    minute[status >= 500 ? 2 : 1]++;
                    String[] request = m.group(3).split(" ", -1);
                    String path = (request.length > 1 ? request[1] : request[0]).split("\\?", 2)[0];
                    paths.computeIfAbsent(code, k -> new HashMap<>()).merge(path.isEmpty() ? "-" : path, 1L,
                            Long::sum);
                    clients.computeIfAbsent(code, k -> new HashMap<>()).merge(m.group(1), 1L, Long::sum);
                    String agent = m.group(6) == null || m.group(6).isEmpty() ? "-" : m.group(6);
                    agents.computeIfAbsent(code, k -> new HashMap<>()).merge(agent, 1L, Long::sum);
                    errorBytes.merge(code, b, Long::sum);
                }
            }
        }

        private static Long time(String text) {
            try {
                return ZonedDateTime.parse(text, STAMP).toEpochSecond();
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        /** The n most counted, most first, ties by value (the report's documented order). */
        static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(n).map(e -> Map.entry(e.getKey(), e.getValue()))
                    .toList();
        }

        List<LogReport.Bucket> buckets(long size) {
            TreeMap<Long, long[]> grouped = new TreeMap<>();
            minutes.forEach((minute, c) -> {
                long[] g = grouped.computeIfAbsent(Math.floorDiv(minute * 60, size) * size, k -> new long[6]);
                for (int i = 0; i < 6; i++) {
                    g[i] += c[i];
                }
            });
            List<LogReport.Bucket> list = new ArrayList<>();
            grouped.forEach((start, g) -> list.add(new LogReport.Bucket(start, g[0], g[1], g[2], g[3], g[4], g[5])));
            return list;
        }
    }

    @BeforeAll
    static void writeLogs() throws IOException {
        Random random = new Random(20261203);
        List<String> lines = new ArrayList<>();
        long t = ZonedDateTime.of(2026, 11, 27, 6, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        for (int i = 0; i < 36_000; i++) {
            t += random.nextInt(3) == 0 ? 1 : 0;
            // A few lines a little out of order, as when several workers write one log.
            long stamp = random.nextInt(50) == 0 ? t - random.nextInt(120) : t;
            ZoneOffset zone = random.nextInt(20) == 0 ? ZoneOffset.ofHours(-5) : ZoneOffset.ofHours(8);
            String time = STAMP.format(java.time.Instant.ofEpochSecond(stamp).atZone(zone));
            int shape = random.nextInt(400);
            String line;
            if (shape == 0) {
                line = "not a log line " + i;
            } else if (shape == 1) {
                line = "";
            } else if (shape == 2) {
                line = "9.9.9.9 - - [" + time + "] \"GET /" + "long".repeat(200) + " HTTP/1.1\" 200 1 \"-\" \"x\"";
            } else if (shape == 3) {
                line = "9.9.9.9 - - [27/Nox/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1";
            } else {
                int code = CODES[random.nextInt(CODES.length)];
                // Heavy-tailed paths and clients: a few very common, a long tail (but fewer distinct values than
                // the top counters keep exactly, so that exact counts are the right answer).
                int p = (int) Math.min(299, Math.abs(random.nextGaussian()) * 40);
                String request = switch (random.nextInt(60)) {
                    case 0 -> "GET /q path with \\\"quotes\\\" HTTP/1.1";
                    case 1 -> "\\x16\\x03\\x01";
                    case 2 -> "-";
                    default -> (random.nextBoolean() ? "GET" : "POST") + " /p/" + p + "?id=" + random.nextInt(9999)
                            + " HTTP/1.1";
                };
                String client = "10." + random.nextInt(2) + "." + random.nextInt(10) + "." + (int) Math.min(19,
                        Math.abs(random.nextGaussian()) * 5);
                String bytes = random.nextInt(30) == 0 ? "-" : Integer.toString(random.nextInt(200_000));
                line = client + " - - [" + time + "] \"" + request + "\" " + code + " " + bytes;
                if (random.nextInt(25) != 0) {
                    // Combined; the rest is common, without referer and agent.
                    line += " \"https://example.com/r\" \"" + AGENTS[random.nextInt(AGENTS.length)] + "\"";
                }
            }
            lines.add(random.nextInt(30) == 0 ? line + "\r" : line);
        }
        String text = String.join("\n", lines) + "\n";
        plain = dir.resolve("access.log");
        Files.writeString(plain, text);
        assertThat(Files.size(plain)).as("several blocks").isGreaterThan(2L * LogAnalyzer.BLOCK);
        gz = dir.resolve("access.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        // The same lines in three rotated files, read one file per thread.
        int third = lines.size() / 3;
        for (int k = 0; k < 3; k++) {
            Path part = dir.resolve("access.log." + (k + 1) + ".gz");
            List<String> slice = lines.subList(k * third, k == 2 ? lines.size() : (k + 1) * third);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part))) {
                out.write((String.join("\n", slice) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            parts.add(part);
        }
        oracle = new Oracle();
        oracle.read(plain.toString(), text);
        assertThat(oracle.malformed).as("the log has malformed lines").isGreaterThan(100);
    }

    private static LogReport report(int threads, List<Path> files) throws LogInputException {
        AnalyzerOptions options = new AnalyzerOptions(Optional.empty(), Optional.empty(), Optional.empty(), threads,
                MAX_LINE);
        List<LogAnalyzer.Input> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(LogAnalyzer.open(f.toString(), new ByteArrayInputStream(new byte[0])));
        }
        return LogReport.of(new LogAnalyzer(options).analyze(inputs, n -> { }), Registry.standard(), Lang.EN);
    }

    /** Everything but the samples (whose file names and line numbers depend on how the log was split in files). */
    private static void assertMatchesTheOracle(LogReport r, String as) {
        assertThat(r.statusCounts).as(as).isEqualTo(oracle.statusCounts);
        assertThat(r.lines).as(as).isEqualTo(oracle.lines);
        assertThat(r.malformed).as(as).isEqualTo(oracle.malformed);
        assertThat(r.bytes).as(as).isEqualTo(oracle.bytes);
        assertThat(r.firstTime).as(as).isEqualTo(oracle.first);
        assertThat(r.lastTime).as(as).isEqualTo(oracle.last);
        assertThat(r.bucketSeconds).as(as).isEqualTo(60);
        assertThat(r.buckets).as(as).isEqualTo(oracle.buckets(r.bucketSeconds));
        List<String> errorCodes = oracle.statusCounts.keySet().stream().filter(c -> Integer.parseInt(c) >= 400)
                .sorted(Comparator.comparing((String c) -> -oracle.statusCounts.get(c))).toList();
        assertThat(r.errors).as(as).hasSize(errorCodes.size());
        for (LogReport.ErrorReport e : r.errors) {
            String code = e.code().code();
            assertThat(e.code().count()).as(as + " " + code).isEqualTo(oracle.statusCounts.get(code));
            assertThat(e.bytes()).as(as + " " + code).isEqualTo(oracle.errorBytes.get(code));
            assertThat(e.paths()).as(as + " paths " + code).isEqualTo(Oracle.top(oracle.paths.get(code), 5));
            assertThat(e.clients()).as(as + " clients " + code).isEqualTo(Oracle.top(oracle.clients.get(code), 5));
            assertThat(e.agents()).as(as + " agents " + code).isEqualTo(Oracle.top(oracle.agents.get(code), 3));
        }
    }

    @Test
    void aPlainFileOnOneToEightThreads() throws Exception {
        String one = null;
        for (int threads = 1; threads <= 8; threads++) {
            LogReport r = report(threads, List.of(plain));
            assertMatchesTheOracle(r, "plain, threads=" + threads);
            assertThat(r.malformedSamples).as("threads=%d", threads).isEqualTo(oracle.samples);
            String json = ReportJson.render(r);
            if (one == null) {
                one = json;
            }
            assertThat(json).as("the whole JSON report, threads=%d", threads).isEqualTo(one);
        }
    }

    @Test
    void aGzipFileOnOneToEightThreads() throws Exception {
        String one = null;
        for (int threads = 1; threads <= 8; threads++) {
            LogReport r = report(threads, List.of(gz));
            assertMatchesTheOracle(r, "gzip, threads=" + threads);
            assertThat(r.malformedSamples).isEqualTo(oracle.samples.stream()
                    .map(s -> gz + s.substring(plain.toString().length())).toList());
            String json = ReportJson.render(r);
            if (one == null) {
                one = json;
            }
            assertThat(json).as("the whole JSON report, threads=%d", threads).isEqualTo(one);
        }
    }

    @Test
    void rotatedGzipFilesOnOneToEightThreads() throws Exception {
        String one = null;
        for (int threads = 1; threads <= 8; threads++) {
            LogReport r = report(threads, parts);
            assertMatchesTheOracle(r, "three files, threads=" + threads);
            String json = ReportJson.render(r);
            if (one == null) {
                one = json;
            }
            assertThat(json).as("the whole JSON report, threads=%d", threads).isEqualTo(one);
        }
    }
}

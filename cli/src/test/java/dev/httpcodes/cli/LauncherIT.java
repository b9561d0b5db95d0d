package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged CLI started as the launcher starts it (only the core and CLI jars on the class path, the rest
 * loaded from -Dhttpcodes.lib), and as the shaded jar: every command prints exactly what the in-process run prints.
 */
class LauncherIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/httpcodes-cli.jar"));
    private static final Path LIB = Path.of(System.getProperty("cli.lib", "target/lib"));
    private static final Path SHADED = Path.of(System.getProperty("cli.shaded", "target/httpcodes.jar"));

    private static Run process(List<String> javaArgs, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(javaArgs);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("NO_COLOR"));
        env.put("LANG", "C.UTF-8"); // a UTF-8 locale every Debian has, so Chinese arguments reach the JVM intact
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    /** The class path the checkout launcher gives a plain lookup (see the {@code httpcodes} script). */
    private static final String LAUNCHER_CLASS_PATH = LIB.resolve("dev.httpcodes.httpcodes-core.jar") + ":"
            + LIB.resolve("dev.httpcodes.httpcodes-ui.jar") + ":" + JAR;

    @ParameterizedTest
    @ValueSource(strings = {"404", "-v 502", "--lang zh 403.14", "4044", "list 5xx", "--json 404",
        "search 超时", "explain 502 --stack nginx", "list --vendor ngnix", "--jsn 404"})
    void launcherClassPathPrintsWhatTheInProcessRunPrints(String line) throws Exception {
        String[] args = line.split(" ");
        Run expected = Run.of(args);
        Run launcher = process(List.of("-cp", LAUNCHER_CLASS_PATH,
                "-Dhttpcodes.lib=" + LIB), args);
        assertThat(launcher).isEqualTo(expected);
        Run shaded = process(List.of("-cp", SHADED.toString()), args);
        assertThat(shaded).isEqualTo(expected);
    }

    /** The class path the checkout launcher gives a lookup with {@code --json} (see the {@code httpcodes} script). */
    private static final String JSON_CLASS_PATH = LAUNCHER_CLASS_PATH + Stream.of("httpcodes-logs",
            "httpcodes-server", "httpcodes-check", "httpcodes-json").map(j -> ":" + LIB.resolve("dev.httpcodes." + j
            + ".jar")).collect(java.util.stream.Collectors.joining()) + ":" + LIB.resolve("info.picocli.picocli.jar")
            + ":" + LIB.resolve("tools.jackson.core.jackson-core.jar") + ":"
            + LIB.resolve("tools.jackson.core.jackson-databind.jar") + ":"
            + LIB.resolve("com.fasterxml.jackson.core.jackson-annotations.jar");

    @ParameterizedTest
    @ValueSource(strings = {"--json 404", "--lang zh --json 403.14", "show --json 502", "explain --json 502",
        "list --json 5xx", "search --json 超时", "compare --json 401 403", "which --json", "--json 4044",
        "--json --lang en list --vendor nginx"})
    void jsonClassPathPrintsWhatTheInProcessRunPrints(String line) throws Exception {
        String[] args = line.split(" ");
        Run expected = Run.of(args);
        assertThat(expected.exit()).as(expected.err()).isIn(0, 1);
        assertThat(process(List.of("-cp", JSON_CLASS_PATH, "-Dhttpcodes.lib=" + LIB), args)).isEqualTo(expected);
    }

    /**
     * A lambda or method reference anywhere on a found lookup's path costs every cold start the invoke machinery.
     * (A code that matches nothing goes on to the ranked search for suggestions, which may use them.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"404", "-v 502", "--lang zh 403.14", "499 --no-color"})
    void aPlainLookupNeverBootstrapsALambda(String line, @TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        Run run = process(List.of("-Xlog:class+load:file=" + log, "-cp", LAUNCHER_CLASS_PATH,
                "-Dhttpcodes.lib=" + LIB), line.split(" "));
        assertThat(run).isEqualTo(Run.of(line.split(" ")));
        String loaded = Files.readString(log);
        assertThat(loaded).contains("dev.httpcodes.cli.QuickShow ")
                .doesNotContain("java.lang.invoke.LambdaMetafactory", "$$Lambda");
    }

    @Test
    void theCompiledRegistryIsStoredUncompressedInTheCoreJar() throws IOException {
        // Every cold start reads the whole resource; its details are deflated one by one already, so a deflated
        // jar entry would only make each start inflate 570 KB again (core's pom stores the jar's entries).
        try (java.util.zip.ZipFile core = new java.util.zip.ZipFile(LIB.resolve("dev.httpcodes.httpcodes-core.jar")
                .toFile())) {
            java.util.zip.ZipEntry registry = core.getEntry("dev/httpcodes/core/registry/knowledge.bin");
            assertThat(registry).as("the registry resource in the core jar").isNotNull();
            assertThat(registry.getMethod()).as("its compression method").isEqualTo(java.util.zip.ZipEntry.STORED);
        }
    }

    @Test
    void aCatalogueOfOnesOwnWorksFromTheLauncherClassPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("799.yaml"), """
                id: "799"
                code: 799
                phrase: "Quota Exhausted"
                standing: unofficial
                title: {zh: "配额用尽", en: "Quota exhausted"}
                summary: {zh: "配额已经用完。", en: "The quota is used up."}
                description: {zh: "网关在配额用尽时返回 799。", en: "The gateway answers 799 when the quota is used up."}
                references: [{label: "Team wiki", url: "https://wiki.example.org/799"}]
                keywords: {zh: ["配额"], en: ["quota"]}
                """);
        String[] args = {"--knowledge", dir.toString(), "799"};
        Run launcher = process(List.of("-cp", LAUNCHER_CLASS_PATH,
                "-Dhttpcodes.lib=" + LIB), args);
        assertThat(launcher.exit()).as(launcher.err()).isZero();
        assertThat(launcher.out()).isEqualTo(Run.of(args).out()).startsWith("799 Quota Exhausted");
        Run shaded = process(List.of("-cp", SHADED.toString()), args);
        assertThat(shaded.exit()).as(shaded.err()).isZero();
        assertThat(shaded.out()).isEqualTo(launcher.out());
    }

    /** The class path the checkout launcher gives {@code logs} (see the {@code httpcodes} script). */
    private static final String LOGS_CLASS_PATH = LAUNCHER_CLASS_PATH + ":" + LIB.resolve("dev.httpcodes.httpcodes-logs.jar")
            + ":" + LIB.resolve("dev.httpcodes.httpcodes-server.jar") + ":" + LIB.resolve("dev.httpcodes.httpcodes-check.jar")
            + ":" + LIB.resolve("info.picocli.picocli.jar") + ":" + LIB.resolve("tools.jackson.core.jackson-core.jar")
            + ":" + LIB.resolve("org.hdrhistogram.HdrHistogram.jar");

    @Test
    void logsRunsFromItsOwnClassPathAsInProcess(@TempDir Path dir) throws Exception {
        Path combined = dir.resolve("access.log");
        Files.writeString(combined, """
                192.0.2.1 - - [03/Dec/2026:10:00:01 +0000] "GET /a?x HTTP/1.1" 200 512 "-" "agent/1"
                192.0.2.2 - - [03/Dec/2026:10:00:02 +0000] "GET /b HTTP/1.1" 503 0 "-" "agent/2"
                not a log line
                """);
        Path json = dir.resolve("access.jsonl");
        Files.writeString(json, """
                {"time":"2026-12-03T10:00:03+00:00","remote_addr":"192.0.2.3","request":"GET /c HTTP/1.1","status":404}
                {"time":"2026-12-03T10:00:04Z","status":"500","uri":"/d\\u00e9"}
                """);
        // A load balancer's log, with latencies and who produced each error (the latency sketch's jar).
        Path alb = dir.resolve("alb.log");
        Files.writeString(alb, """
                http 2026-12-03T10:00:05.000000Z app/lb/50dc6c495c0c9188 192.0.2.4:2817 10.0.0.1:80 0.000 0.120 0.000 \
                200 200 34 366 "GET http://www.example.com:80/e HTTP/1.1" "curl/8.5.0" - - \
                arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/t/73e2d6bc24d8a067 "Root=1-1" "-" "-" 0 \
                2026-12-03T10:00:04.880000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-"
                h2 2026-12-03T10:00:06.000000Z app/lb/50dc6c495c0c9188 192.0.2.5:48160 - -1 -1 -1 502 - 34 366 \
                "GET https://www.example.com:443/f HTTP/2.0" "curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 \
                arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/t/73e2d6bc24d8a067 "Root=1-2" "-" "-" 1 \
                2026-12-03T10:00:06.000000Z "forward" "-" "-" "-" "-" "-" "-"
                """);
        Path html = dir.resolve("report.html");
        for (String[] args : List.of(new String[] {"logs", "--json", combined.toString(), json.toString()},
                new String[] {"logs", "--json", alb.toString()}, new String[] {"logs", alb.toString()},
                new String[] {"logs", combined.toString()}, new String[] {"--lang", "zh", "logs", json.toString()},
                new String[] {"logs", "--html", html.toString(), json.toString()},
                new String[] {"logs", dir.resolve("missing.log").toString()})) {
            Run expected = Run.of(args);
            Run launcher = process(List.of("-cp", LOGS_CLASS_PATH, "-Dhttpcodes.lib=" + LIB), args);
            assertThat(launcher).as(String.join(" ", args)).isEqualTo(expected);
        }
        assertThat(Files.readString(html)).contains("/d\u00e9");
    }
}

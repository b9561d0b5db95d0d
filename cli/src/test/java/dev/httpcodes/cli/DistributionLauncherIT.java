package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's {@code bin/httpcodes}, run from the packaged tar.gz unpacked into a temporary directory, with a
 * home of its own (so its class archive lands in a fresh {@code ~/.cache/httpcodes}) and a JAVA_HOME whose java logs
 * the flags it is started with.
 */
class DistributionLauncherIT {
    private static final Path DISTRIBUTION = Path.of(System.getProperty("cli.distribution",
            "target/httpcodes-0.1.0-SNAPSHOT.tar.gz"));
    private static final String ARCHIVING = "httpcodes: making a class archive for faster starts (once for this JDK) ...\n";

    @TempDir
    Path tmp;
    Path launcher;
    Path javaLog;
    Path cache;

    @BeforeEach
    void unpack() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("opt"));
        Run untar = ScriptRun.run(tmp, Map.of("PATH", ScriptRun.systemPath()),
                List.of("tar", "-xzf", DISTRIBUTION.toAbsolutePath().toString(), "-C", dir.toString()));
        assertThat(untar.exit()).as(untar.err()).isZero();
        try (Stream<Path> top = Files.list(dir)) {
            launcher = top.findFirst().orElseThrow().resolve("bin/httpcodes");
        }
        assertThat(launcher).isExecutable();
        javaLog = tmp.resolve("java-args.log");
        cache = tmp.resolve("home/.cache/httpcodes");
    }

    private Map<String, String> env() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", ScriptRun.systemPath());
        env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        Path fake = tmp.resolve("fake-jdk");
        env.put("JAVA_HOME", (Files.exists(fake) ? fake : FakeJdk.create(fake, javaLog)).toString());
        return env;
    }

    private Run launch(String... args) throws Exception {
        return launchAs(launcher, args);
    }

    private Run launchAs(Path script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return ScriptRun.run(tmp, env(), command);
    }

    private List<String> javaStarts() throws IOException {
        List<String> starts = Files.exists(javaLog) ? Files.readAllLines(javaLog) : List.of();
        Files.deleteIfExists(javaLog);
        return starts;
    }

    private List<Path> archives() throws IOException {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void firstRunMakesTheArchiveOnceSayingSoThenUsesIt() throws Exception {
        Run first = launch("404");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(Run.of("404").out());
        assertThat(first.err()).isEqualTo(ARCHIVING);
        List<Path> archives = archives();
        assertThat(archives).singleElement().asString().endsWith(".jsa");
        Path archive = archives.get(0);
        assertThat(javaStarts()).satisfiesExactly(
                dump -> assertThat(dump).contains("-XX:ArchiveClassesAtExit=").endsWith("Main -v 404"),
                run -> assertThat(run).contains("-XX:SharedArchiveFile=" + archive).endsWith("Main 404"));
        FileTime made = Files.getLastModifiedTime(archive);

        Run second = launch("404");
        assertThat(second).isEqualTo(new Run(0, first.out(), ""));
        assertThat(javaStarts()).singleElement().asString().contains("-XX:SharedArchiveFile=" + archive);
        assertThat(archives()).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
    }

    @Test
    void aJsonLookupGetsJacksonOnItsClassPathAndAnArchiveOfItsOwn() throws Exception {
        Run plain = launch("404");
        assertThat(plain.exit()).as(plain.err()).isZero();
        javaStarts();
        Path plainArchive = archives().get(0);

        Run json = launch("--lang", "zh", "--json", "404");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).isEqualTo(Run.of("--lang", "zh", "--json", "404").out());
        assertThat(json.err()).isEqualTo(ARCHIVING);
        Path jsonArchive = archives().stream().filter(a -> !a.equals(plainArchive)).findFirst().orElseThrow();
        assertThat(jsonArchive.toString()).endsWith("-json.jsa");
        assertThat(javaStarts()).satisfiesExactly(
                dump -> assertThat(dump).contains("jackson-databind.jar").endsWith("Main -v --json 404"),
                run -> assertThat(run).contains("-XX:SharedArchiveFile=" + jsonArchive, "jackson-databind.jar",
                        "-XX:TieredStopAtLevel=1").endsWith("Main --lang zh --json 404"));

        // The other reference commands share that class path and archive.
        Run list = launch("list", "5xx");
        assertThat(list.out()).isEqualTo(Run.of("list", "5xx").out());
        assertThat(javaStarts()).singleElement().asString().contains("-XX:SharedArchiveFile=" + jsonArchive);

        // Commands that are not lookups keep the wide class loader, JSON or not.
        Run logs = launch("logs", "--json", "--help");
        assertThat(logs.exit()).as(logs.err()).isZero();
        assertThat(javaStarts()).singleElement().asString().doesNotContain("jackson-databind.jar");
    }

    @Test
    void serveAndLogsRunWithC2AndLookupsWithC1() throws Exception {
        Run serveHelp = launch("serve", "--help");
        assertThat(serveHelp.exit()).as(serveHelp.err()).isZero();
        assertThat(serveHelp.out()).isEqualTo(Run.of("serve", "--help").out()).startsWith("Usage: httpcodes serve");
        assertThat(javaStarts()).last().asString().endsWith("Main serve --help").doesNotContain("TieredStopAtLevel")
                .contains("-XX:-UsePerfData");

        Run logsHelp = launch("logs", "--help");
        assertThat(logsHelp.exit()).as(logsHelp.err()).isZero();
        assertThat(javaStarts()).singleElement().asString().endsWith("Main logs --help")
                .doesNotContain("TieredStopAtLevel");

        Run lookup = launch("--lang", "zh", "502");
        assertThat(lookup.out()).isEqualTo(Run.of("--lang", "zh", "502").out());
        assertThat(javaStarts()).singleElement().asString().contains("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");
    }

    @Test
    void theLogAnalyzerGetsTheJarsItUsesNotTheWholeLibrary() throws Exception {
        Path log = tmp.resolve("access.log");
        Files.writeString(log, "192.0.2.1 - - [03/Dec/2026:10:00:00 +0000] \"GET /cart HTTP/1.1\" 503 12 \"-\" "
                + "\"curl/8.5.0\"\n");
        Run run = launch("logs", "--json", log.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(Run.of("logs", "--json", log.toString()).out()).contains("\"503\"");
        assertThat(javaStarts()).singleElement().asString()
                .contains("httpcodes-logs.jar", "HdrHistogram.jar", "picocli.jar", "jackson-core.jar")
                .doesNotContain("vertx", "jackson-databind", "SharedArchiveFile", "ArchiveClassesAtExit");
        assertThat(archives()).isEmpty();
    }

    @Test
    void theLogAnalyzersProgressBarIsOnExactlyWhenStandardErrorIsATerminal() throws Exception {
        Run piped = launch("logs", "--help");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(javaStarts()).last().asString().contains("-Dhttpcodes.errtty=false", "-Dhttpcodes.tty=false");

        // The same call under a pseudo-terminal (util-linux script), as from an interactive shell.
        Run terminal = ScriptRun.run(tmp, env(), List.of("script", "-qec",
                "'" + launcher + "' logs --help", "/dev/null"));
        assertThat(terminal.exit()).as(terminal.err()).isZero();
        assertThat(javaStarts()).last().asString().endsWith("Main logs --help")
                .contains("-Dhttpcodes.errtty=true", "-Dhttpcodes.tty=true");
    }

    @Test
    void aSymlinkedLauncherFindsItsDistributionAndItsArchive() throws Exception {
        assertThat(launch("404").err()).isEqualTo(ARCHIVING);
        Path bin = Files.createDirectories(tmp.resolve("usr/local/bin"));
        // A relative link (../../../opt/httpcodes-<version>/bin/httpcodes), as `ln -s` makes it.
        Files.createSymbolicLink(bin.resolve("httpcodes"), bin.relativize(launcher));
        Run run = launchAs(bin.resolve("httpcodes"), "404");
        assertThat(run).isEqualTo(new Run(0, Run.of("404").out(), ""));
        assertThat(archives()).hasSize(1);
    }

    @Test
    void xdgCacheHomeIsWhereTheArchiveGoes() throws Exception {
        Map<String, String> env = env();
        Path xdg = tmp.resolve("xdg-cache");
        env.put("XDG_CACHE_HOME", xdg.toString());
        Run run = ScriptRun.run(tmp, env, List.of(launcher.toString(), "404"));
        assertThat(run).isEqualTo(new Run(0, Run.of("404").out(), ARCHIVING));
        try (Stream<Path> files = Files.walk(xdg.resolve("httpcodes"))) {
            assertThat(files.filter(Files::isRegularFile)).singleElement().asString().endsWith(".jsa");
        }
        assertThat(archives()).isEmpty();
    }

    @Test
    void anUnusableCacheLeavesTheLookupWorking() throws Exception {
        Files.createDirectories(tmp.resolve("home"));
        Files.writeString(tmp.resolve("home/.cache"), "a file where the cache directory would be\n");
        Run run = launch("404");
        assertThat(run).isEqualTo(new Run(0, Run.of("404").out(), ""));
        assertThat(javaStarts()).singleElement().asString().doesNotContain("SharedArchiveFile");
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed() throws Exception {
        Map<String, String> env = env();
        Path empty = Files.createDirectories(tmp.resolve("not-a-jdk"));
        env.put("JAVA_HOME", empty.toString());
        Run run = ScriptRun.run(tmp, env, List.of(launcher.toString(), "404"));
        assertThat(run).isEqualTo(new Run(69, "", "httpcodes: JAVA_HOME is " + empty
                + ", but it has no bin/java; point it at a JDK 17 or newer, or unset it\n"));
    }

    @Test
    void noJavaOnPathIsSaidPlainly() throws Exception {
        Map<String, String> env = env();
        env.remove("JAVA_HOME");
        env.put("PATH", ScriptRun.pathWithOnly(tmp.resolve("only-sh"), "sh").toString());
        Run run = ScriptRun.run(tmp, env, List.of(launcher.toString(), "404"));
        assertThat(run).isEqualTo(new Run(69, "",
                "httpcodes: no java found on PATH; install a JDK 17 or newer, or set JAVA_HOME\n"));
    }
}

package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's {@code ./httpcodes} script, run in a copy of a checkout's layout, never in the real one. The copy's
 * {@code mvnw} is a stand-in that logs each call and "builds" by copying the jars this module just packaged and
 * touching the stamp, as the real build does last; so the test checks the launcher's own decisions (when it builds,
 * what it says, what it runs) in seconds. That the real build writes the stamp is checked on this module's target.
 */
class CheckoutLauncherIT {
    private static final Path REPO = Path.of(System.getProperty("repo.dir", ".."));
    private static final Path TARGET = Path.of(System.getProperty("cli.target", "target"));
    private static final List<String> MODULES = List.of("knowledge-compiler", "core", "ui", "json", "server", "logs",
            "check", "cli");
    private static final String BUILDING = "httpcodes: building (first run, or sources changed) ...\n";
    private static final String ARCHIVING = "httpcodes: making a class archive for faster starts (once for this JDK) ...\n";

    @TempDir
    Path tmp;
    Path checkout;
    Path builds;

    @BeforeEach
    void copyTheLayout() throws IOException {
        checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(REPO.resolve("httpcodes"), checkout.resolve("httpcodes"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(checkout.resolve("knowledge"));
        Files.writeString(checkout.resolve("knowledge/404.yaml"), "code: 404\n");
        for (String module : MODULES) {
            Path main = Files.createDirectories(checkout.resolve(module + "/src/main/java"));
            Files.writeString(main.resolve("Source.java"), "class Source {}\n");
            Files.writeString(checkout.resolve(module + "/pom.xml"), "<project/>\n");
        }
        builds = tmp.resolve("builds.log");
        // The stand-in build: logs its arguments; fails when asked to; can save a source while it "compiles".
        Path mvnw = checkout.resolve("mvnw");
        Files.writeString(mvnw, """
                #!/usr/bin/env bash
                set -e
                echo "$*" >> "$BUILDS"
                [ -f fail-build ] && { echo "stand-in build failed" >&2; exit 1; }
                mkdir -p cli/target/lib
                cp "$REAL_TARGET/httpcodes-cli.jar" cli/target/
                cp "$REAL_TARGET"/lib/*.jar cli/target/lib/
                if [ -f edit-during-build ]; then
                  # The build started five seconds ago, and a source was saved while it ran.
                  touch -d "@$(( $(date +%s) - 5 ))" "$TMPDIR"/tmp.*
                  touch core/src/main/java/Source.java
                fi
                touch cli/target/build.stamp
                """);
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(tmp.resolve("tmpdir"));
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", ScriptRun.systemPath());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HOME", tmp.toString());
        env.put("TMPDIR", tmp.resolve("tmpdir").toString());
        env.put("BUILDS", builds.toString());
        env.put("REAL_TARGET", TARGET.toAbsolutePath().toString());
        return env;
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(checkout.resolve("httpcodes").toString()));
        command.addAll(List.of(args));
        return ScriptRun.run(tmp, env, command);
    }

    private List<String> buildCalls() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds) : List.of();
    }

    private Path stamp() {
        return checkout.resolve("cli/target/build.stamp");
    }

    @Test
    void theRealBuildTouchesTheStampAfterTheJars() throws IOException {
        Path stamp = TARGET.resolve("build.stamp");
        assertThat(stamp).exists();
        assertThat(Files.getLastModifiedTime(stamp))
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(TARGET.resolve("httpcodes-cli.jar")))
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(TARGET.resolve("lib/dev.httpcodes.httpcodes-core.jar")));
    }

    @Test
    void firstRunBuildsOnceThenRunsStraightFromTheJars() throws Exception {
        Run first = launch(env(), "404");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(Run.of("404").out());
        assertThat(first.err()).isEqualTo(BUILDING + ARCHIVING);
        assertThat(buildCalls()).singleElement().asString()
                .contains("-pl cli -am package").contains("-DskipTests");

        Run second = launch(env(), "404");
        assertThat(second).isEqualTo(new Run(0, first.out(), ""));
        assertThat(buildCalls()).hasSize(1);
    }

    /** Every source of the copy a minute older than the stamp, which is itself set a minute back. */
    private void ageTheCheckout() throws IOException {
        Instant now = Instant.now();
        Path target = checkout.resolve("cli/target");
        try (Stream<Path> files = Files.walk(checkout)) {
            for (Path file : files.filter(f -> !f.startsWith(target)).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(now.minusSeconds(120)));
            }
        }
        Files.setLastModifiedTime(stamp(), FileTime.from(now.minusSeconds(60)));
    }

    private void touch(String file) throws IOException {
        Path path = checkout.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "changed\n");
        Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(30)));
    }

    /** One checkout for all the cases: each rebuild also remakes the class archive, a few seconds. */
    @Test
    void eachKindOfSourceNewerThanTheStampRebuildsOnce() throws Exception {
        assertThat(launch(env(), "404").exit()).isZero();
        List<String> sources = List.of("knowledge/guides/new.yaml", "core/src/main/java/Source.java",
                "server/src/main/resources/web/new.css", "cli/pom.xml");
        for (int i = 0; i < sources.size(); i++) {
            ageTheCheckout();
            assertThat(launch(env(), "404").err()).as("nothing changed yet").isEmpty();
            touch(sources.get(i));

            Run rebuilt = launch(env(), "404");
            assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
            assertThat(rebuilt.out()).isEqualTo(Run.of("404").out());
            assertThat(rebuilt.err()).as(sources.get(i)).isEqualTo(BUILDING + ARCHIVING);
            assertThat(buildCalls()).hasSize(2 + i);

            assertThat(launch(env(), "404").err()).isEmpty();
            assertThat(buildCalls()).hasSize(2 + i);
        }
    }

    @Test
    void aFileThatIsNotInTheJarsDoesNotRebuild() throws Exception {
        assertThat(launch(env(), "404").exit()).isZero();
        for (String file : List.of("core/src/test/java/SourceTest.java", "notes.md", "docs/ARCHITECTURE.md",
                "bench/pom.xml")) {
            ageTheCheckout();
            touch(file);
            Run run = launch(env(), "404");
            assertThat(run).as(file).isEqualTo(new Run(0, Run.of("404").out(), ""));
        }
        assertThat(buildCalls()).hasSize(1);
    }

    @Test
    void aSourceSavedDuringTheBuildRebuildsOnTheNextRun() throws Exception {
        Files.writeString(checkout.resolve("edit-during-build"), "");
        assertThat(launch(env(), "404").exit()).isZero();
        Files.delete(checkout.resolve("edit-during-build"));

        Run next = launch(env(), "404");
        assertThat(next.err()).startsWith(BUILDING);
        assertThat(buildCalls()).hasSize(2);
    }

    @Test
    void aMissingJarRebuildsEvenWithAFreshStamp() throws Exception {
        assertThat(launch(env(), "404").exit()).isZero();
        Files.delete(checkout.resolve("cli/target/httpcodes-cli.jar"));
        Run run = launch(env(), "404");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).startsWith(BUILDING);
        assertThat(buildCalls()).hasSize(2);
    }

    @Test
    void aFailedBuildSaysSoAndExits70() throws Exception {
        Files.writeString(checkout.resolve("fail-build"), "");
        Run run = launch(env(), "404");
        assertThat(run.exit()).isEqualTo(70);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(BUILDING + "stand-in build failed\n"
                + "httpcodes: the build failed; see the messages above\n");
    }

    @Test
    void aSymlinkedLauncherFindsItsCheckout() throws Exception {
        assertThat(launch(env(), "404").exit()).isZero();
        Path bin = Files.createDirectories(tmp.resolve("home/bin"));
        // A relative link, as `ln -s ../../checkout/httpcodes` makes it, and a link to that link.
        Files.createSymbolicLink(bin.resolve("hc"), Path.of("../../checkout/httpcodes"));
        Files.createSymbolicLink(bin.resolve("hc2"), Path.of("hc"));
        for (String name : List.of("hc", "hc2")) {
            Run run = ScriptRun.run(tmp, env(), List.of(bin.resolve(name).toString(), "404"));
            assertThat(run).isEqualTo(new Run(0, Run.of("404").out(), ""));
        }
        assertThat(buildCalls()).hasSize(1);
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed() throws Exception {
        Map<String, String> env = env();
        Path empty = Files.createDirectories(tmp.resolve("not-a-jdk"));
        env.put("JAVA_HOME", empty.toString());
        Run run = launch(env, "404");
        assertThat(run.exit()).isEqualTo(69);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("httpcodes: JAVA_HOME is " + empty
                + ", but it has no bin/java; point it at a JDK 17 or newer, or unset it\n");
        assertThat(buildCalls()).isEmpty();
    }

    @Test
    void noJavaOnPathIsSaidPlainly() throws Exception {
        Map<String, String> env = env();
        env.remove("JAVA_HOME");
        env.put("PATH", ScriptRun.pathWithOnly(tmp.resolve("only-bash"), "bash").toString());
        Run run = launch(env, "404");
        assertThat(run.exit()).isEqualTo(69);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                "httpcodes: no java found on PATH; install a JDK 17 or newer, or set JAVA_HOME\n");
        assertThat(buildCalls()).isEmpty();
    }

    @Test
    void theLogAnalyzersProgressBarIsOnExactlyWhenStandardErrorIsATerminal() throws Exception {
        assertThat(launch(env(), "404").exit()).isZero();
        Map<String, String> env = env();
        Path log = tmp.resolve("java-args.log");
        env.put("JAVA_HOME", FakeJdk.create(tmp.resolve("fake-jdk"), log).toString());
        Run piped = launch(env, "logs", "--help");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(Files.readAllLines(log)).last().asString().endsWith("Main logs --help")
                .contains("-Dhttpcodes.errtty=false", "-Dhttpcodes.tty=false");

        // The same call under a pseudo-terminal (util-linux script), as from an interactive shell.
        Files.delete(log);
        Run terminal = ScriptRun.run(tmp, env, List.of("script", "-qec",
                "'" + checkout.resolve("httpcodes") + "' logs --help", "/dev/null"));
        assertThat(terminal.exit()).as(terminal.err()).isZero();
        assertThat(Files.readAllLines(log)).last().asString().endsWith("Main logs --help")
                .contains("-Dhttpcodes.errtty=true", "-Dhttpcodes.tty=true");
    }

    @Test
    void theServerAndTheLogAnalyzerGetC2AndLookupsC1() throws Exception {
        assertThat(launch(env(), "404").exit()).isZero();
        Map<String, String> env = env();
        Path log = tmp.resolve("java-args.log");
        env.put("JAVA_HOME", FakeJdk.create(tmp.resolve("fake-jdk"), log).toString());
        for (String line : List.of("404", "serve --help", "logs --help", "--lang zh 502", "--json 404",
                "serve --json --help", "list 5xx")) {
            Files.deleteIfExists(log);
            Run run = launch(env, line.split(" "));
            assertThat(run.exit()).as(run.err()).isZero();
            try (Stream<String> calls = Files.lines(log)) {
                String last = calls.reduce((a, b) -> b).orElseThrow();
                assertThat(last).endsWith("dev.httpcodes.cli.Main " + line).contains("-XX:-UsePerfData");
                if (line.startsWith("serve") || line.startsWith("logs")) {
                    assertThat(last).doesNotContain("TieredStopAtLevel");
                } else {
                    assertThat(last).contains("-XX:TieredStopAtLevel=1");
                }
                // The log analyzer and JSON lookups run from their own, longer class paths (without the CLI's class
                // loader); only the lookups get Jackson's databind.
                if (line.startsWith("logs")) {
                    assertThat(last).contains("dev.httpcodes.httpcodes-logs.jar", "info.picocli.picocli.jar")
                            .doesNotContain("jackson-databind.jar");
                } else if (line.equals("--json 404") || line.startsWith("list")) {
                    assertThat(last).contains("dev.httpcodes.httpcodes-json.jar", "jackson-databind.jar",
                            "info.picocli.picocli.jar");
                } else {
                    assertThat(last).doesNotContain("dev.httpcodes.httpcodes-logs.jar");
                }
            }
        }
    }
}

package dev.httpcodes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.httpcodes.logs.samples.AlbSampleLog;
import dev.httpcodes.logs.samples.PlainServerSample;
import dev.httpcodes.logs.samples.SampleRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's {@code ./httpcodes} launcher, run for real after this module's package phase: {@code logs --spark
 * local[2]} prints the report {@code logs} prints, and only that command's class path holds Spark's jars (the JVM
 * shows its class path through {@code JDK_JAVA_OPTIONS=-XshowSettings:properties}).
 */
class LauncherSparkIT {
    private static final Path REPO = Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
    private static final long LIMIT_SECONDS = 180;

    @TempDir
    static Path dir;
    static Path alb;
    static Path combined;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void logs() throws IOException {
        // Built by the reactor before this module (a `-pl spark -am` build has no CLI for the launcher to run).
        assumeTrue(Files.exists(REPO.resolve("cli/target/build.stamp")),
                "the launcher tests need the cli module packaged first (the full build, ./mvnw verify)");
        alb = dir.resolve("alb.log.gz");
        combined = dir.resolve("access.log");
        SampleRun.file(AlbSampleLog.alb(), alb, 600, 21, true);
        SampleRun.file(PlainServerSample.COMBINED, combined, 600, 22, false);
    }

    private static Run launch(boolean showClassPath, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(REPO.resolve("httpcodes").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JDK_JAVA_OPTIONS");
        if (showClassPath) {
            builder.environment().put("JDK_JAVA_OPTIONS", "-XshowSettings:properties");
        }
        Process process = builder.start();
        boolean ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(ended).as("%s ended within %d s", command, LIMIT_SECONDS).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void logsWithSparkPrintsTheReportLogsPrints() throws Exception {
        Run single = launch(false, "logs", "--json", alb.toString(), combined.toString());
        Run spark = launch(false, "logs", "--spark", "local[2]", "--json", alb.toString(), combined.toString());
        assertThat(single.code()).as(single.err()).isZero();
        assertThat(spark.code()).as(spark.err()).isZero();
        assertThat(spark.out()).isEqualTo(single.out());
        // Spark's INFO lines stay out of the way (the launcher's log4j settings keep warnings only).
        assertThat(spark.err()).doesNotContain(" INFO ");

        Run text = launch(false, "--lang", "en", "logs", "--spark=local[1]", combined.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).isEqualTo(launch(false, "--lang", "en", "logs", combined.toString()).out());
    }

    @Test
    void onlyLogsWithSparkHasSparkOnItsClassPath() throws Exception {
        Run spark = launch(true, "logs", "--spark", "local[1]", "--json", combined.toString());
        assertThat(spark.code()).as(spark.err()).isZero();
        assertThat(classPath(spark.err())).contains("spark/target/lib");
        for (String[] args : List.of(new String[] {"404"}, new String[] {"--json", "404"},
                new String[] {"logs", "--json", combined.toString()}, new String[] {"list", "5xx"})) {
            Run run = launch(true, args);
            assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
            String classPath = classPath(run.err());
            assertThat(classPath).as(String.join(" ", args)).contains("httpcodes-core").doesNotContain("spark")
                    .doesNotContain("scala").doesNotContain("hadoop");
        }
    }

    /** The java.class.path lines of -XshowSettings:properties (the first and its indented continuations). */
    private static String classPath(String err) {
        StringBuilder s = new StringBuilder();
        boolean in = false;
        for (String line : err.lines().toList()) {
            if (line.strip().startsWith("java.class.path = ")) {
                in = true;
            } else if (in && !line.startsWith("        ")) {
                break;
            }
            if (in) {
                s.append(line.strip()).append('\n');
            }
        }
        assertThat(s).as("a class path in %s", err).isNotEmpty();
        return s.toString();
    }
}

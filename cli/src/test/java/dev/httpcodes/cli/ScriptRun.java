package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a launcher script as a separate process, with the environment given and nothing else from the test's:
 * the locale is a UTF-8 one every Debian has, output goes to files (a hung process cannot block the test on a
 * full pipe) and a run that does not end in two minutes is killed and fails the test.
 */
final class ScriptRun {
    private static final long LIMIT_SECONDS = 120;

    private ScriptRun() {
    }

    static Run run(Path workDir, Map<String, String> env, List<String> command) throws IOException,
            InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(ended).as("%s ended within %d s", command, LIMIT_SECONDS).isTrue();
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** The directories of the tools these scripts use, for a PATH that has them (and so also the machine's java). */
    static String systemPath() {
        return "/usr/local/bin:/usr/bin:/bin";
    }

    /** A directory holding a link to only the named tools, for a PATH without java. */
    static Path pathWithOnly(Path dir, String... tools) throws IOException {
        Files.createDirectories(dir);
        for (String tool : tools) {
            for (String place : systemPath().split(":")) {
                Path candidate = Path.of(place, tool);
                if (Files.isExecutable(candidate)) {
                    Files.createSymbolicLink(dir.resolve(tool), candidate);
                    break;
                }
            }
        }
        return dir;
    }
}

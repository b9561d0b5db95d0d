package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What git tracks holds no build or test by-products: jqwik's failure database (the build keeps it under target/,
 * but a run from an IDE writes one into the module folder, and .gitignore does not stop a forced add), class
 * archives or build output. Checked on the checkout's own index, so an ignored local copy does not count.
 */
class CommittedFilesTest {

    @Test
    void noTestDatabasesArchivesOrBuildOutputAreCommitted() throws IOException, InterruptedException {
        List<String> tracked = trackedFiles();
        assertThat(tracked).as("the checkout's tracked files").contains("core/pom.xml");
        assertThat(tracked).as("tracked by-products")
                .noneMatch(p -> p.equals(".jqwik-database") || p.endsWith("/.jqwik-database"))
                .noneMatch(p -> p.endsWith(".jsa") || p.endsWith(".aot"))
                .noneMatch(p -> p.startsWith("target/") || p.contains("/target/"));
    }

    /** The paths git tracks, relative to the checkout's root; the test is skipped outside a git checkout. */
    private static List<String> trackedFiles() throws IOException, InterruptedException {
        Path root = KnowledgeFiles.root().toAbsolutePath().normalize().getParent();
        assumeTrue(Files.exists(root.resolve(".git")), "not a git checkout");
        Process git;
        try {
            git = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            assumeTrue(false, "git is not installed");
            throw e;
        }
        byte[] out = git.getInputStream().readAllBytes();
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).as("git ls-files finished").isTrue();
        assertThat(git.exitValue()).as("git ls-files exit status").isZero();
        List<String> paths = new ArrayList<>();
        for (String p : new String(out, StandardCharsets.UTF_8).split("\0")) {
            if (!p.isEmpty()) {
                paths.add(p);
            }
        }
        return paths;
    }
}

package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code httpcodes site}: its options, what it writes, and each kind of bad input with its exit code. */
class SiteCommandTest {
    @TempDir
    Path temp;

    @Test
    void writesTheSiteForTheBaseUrlAndSaysWhere() throws IOException {
        Path out = temp.resolve("out");
        Run r = Run.of("site", "--out", out.toString(), "--base-url", "https://codes.example/http/");
        assertThat(r.exit()).isEqualTo(ExitCode.FOUND);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("httpcodes: wrote ").contains(out.toString())
                .contains("https://codes.example/http/");
        assertThat(out.resolve("en/codes/404/index.html")).isRegularFile();
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("<loc>https://codes.example/http/zh/");
        assertThat(Files.readString(out.resolve("zh/codes/404/index.html"))).contains("href=\"/http/zh/\"");
    }

    @Test
    void theDefaultBaseUrlIsALocalPreview() throws IOException {
        Path out = temp.resolve("preview");
        assertThat(Run.of("site", "-o", out.toString()).exit()).isEqualTo(ExitCode.FOUND);
        assertThat(Files.readString(out.resolve("robots.txt")))
                .contains("Sitemap: " + SiteCommand.DEFAULT_BASE_URL + "sitemap.xml");
    }

    @Test
    void aNonEmptyDirectoryIsRefusedWithUsageExitUnlessForced() throws IOException {
        Path out = temp.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "keep");
        Run refused = Run.of("site", "--out", out.toString());
        assertThat(refused.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).isEqualTo("httpcodes: " + out + " is not empty (use --force to replace what it "
                + "holds)\n");
        assertThat(out.resolve("mine.txt")).hasContent("keep");
        Run forced = Run.of("site", "--out", out.toString(), "--force");
        assertThat(forced.exit()).isEqualTo(ExitCode.FOUND);
        assertThat(out.resolve("mine.txt")).doesNotExist();
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsAUsageError() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");
        Run r = Run.of("site", "--out", file.toString(), "--force");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("is not a directory").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(file).hasContent("x");
    }

    @Test
    void aBadBaseUrlIsAUsageErrorNamingTheOption() {
        for (String bad : new String[] {"ftp://codes.example/", "codes.example", "https://codes.example/?a=1",
            "https://user@codes.example/", "https://codes.example/a b/", "javascript:alert(1)"}) {
            Run r = Run.of("site", "--out", temp.resolve("never").toString(), "--base-url", bad);
            assertThat(r.exit()).as(bad).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(bad).startsWith("httpcodes: --base-url must be an http or https URL");
            assertThat(temp.resolve("never")).doesNotExist();
        }
    }

    @Test
    void outIsRequiredAndListedInHelp() {
        Run missing = Run.of("site");
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("--out");
        Run help = Run.of("site", "--help");
        assertThat(help.exit()).isEqualTo(ExitCode.FOUND);
        assertThat(help.out()).contains("--out=DIR").contains("--base-url=URL").contains("--force")
                .contains("Exit codes:");
    }

    @Test
    void aDirectoryThatCannotBeCreatedFailsWithExitOne() throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "x");
        Run r = Run.of("site", "--out", blocker.resolve("sub").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(r.err()).startsWith("httpcodes: cannot prepare ").doesNotContain("\tat ");
    }
}

package dev.httpcodes.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser threads a run gets when it asks for none. */
class DefaultThreadsTest {
    private static final String LINE = "203.0.113.7 - - [03/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"x\"\n";

    @TempDir
    Path dir;

    private LogAnalyzer.Input plain(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, LINE);
        return LogAnalyzer.open(p.toString(), null);
    }

    @Test
    void smallPlainFilesLeaveOneCoreToTheCompiler() throws Exception {
        List<LogAnalyzer.Input> inputs = List.of(plain("a.log"), plain("b.log"));
        assertThat(LogAnalyzer.defaultThreads(inputs, 2)).isEqualTo(1);
        assertThat(LogAnalyzer.defaultThreads(inputs, 8)).isEqualTo(7);
        assertThat(LogAnalyzer.defaultThreads(inputs, 1)).isEqualTo(1);
    }

    @Test
    void plainFilesOfAGibibyteTogetherGetEveryCore() throws Exception {
        Path big = dir.resolve("big.log");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(LogAnalyzer.SMALL_INPUT_BYTES - 10); // sparse: no disk is used
        }
        List<LogAnalyzer.Input> one = List.of(LogAnalyzer.open(big.toString(), null));
        assertThat(LogAnalyzer.defaultThreads(one, 2)).isEqualTo(1);
        List<LogAnalyzer.Input> together = List.of(one.get(0), plain("c.log"), plain("d.log"));
        assertThat(LogAnalyzer.defaultThreads(together, 2)).isEqualTo(2);
    }

    @Test
    void compressedAndStandardInputGetEveryCore() throws Exception {
        Path gz = dir.resolve("a.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(LINE.getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(LogAnalyzer.defaultThreads(List.of(plain("e.log"), LogAnalyzer.open(gz.toString(), null)), 4))
                .isEqualTo(4);
        LogAnalyzer.Input stdin = LogAnalyzer.open("-", new ByteArrayInputStream(LINE.getBytes()));
        assertThat(LogAnalyzer.defaultThreads(List.of(stdin), 4)).isEqualTo(4);
    }
}

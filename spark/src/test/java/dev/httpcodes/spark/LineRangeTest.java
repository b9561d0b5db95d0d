package dev.httpcodes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Consecutive line ranges read every line of a file exactly once, whatever the split points. */
class LineRangeTest {
    @Test
    void consecutiveRangesReadEveryByteOnceInOrder() throws IOException {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            byte[] file = randomLines(random, random.nextInt(400), random.nextBoolean());
            int split = 1 + random.nextInt(60);
            assertThat(readInRanges(file, split)).as("round %d, split %d", round, split).isEqualTo(file);
        }
    }

    @Test
    void aRangeStartingAtALineStartReadsThatLineAndTheOneCrossingItsEnd() throws IOException {
        byte[] file = "aaa\nbbb\nccc\nddd\n".getBytes(StandardCharsets.US_ASCII);
        // [4, 9): "bbb\n" starts at 4, "ccc\n" starts at 8; the next range starts at 12.
        assertThat(range(file, 4, 9)).isEqualTo("bbb\nccc\n");
        // A newline just before the end: the line after it is the next range's.
        assertThat(range(file, 4, 8)).isEqualTo("bbb\n");
        // A range inside one line reads nothing: that line is the earlier range's.
        assertThat(range(file, 5, 7)).isEmpty();
        assertThat(range(file, 0, 1)).isEqualTo("aaa\n");
    }

    @Test
    void theLastLineWithoutANewlineIsReadByTheRangeItStartsIn() throws IOException {
        byte[] file = "aaa\nbbb".getBytes(StandardCharsets.US_ASCII);
        assertThat(range(file, 0, 4)).isEqualTo("aaa\n");
        assertThat(range(file, 4, Long.MAX_VALUE)).isEqualTo("bbb");
        assertThat(range(file, 2, Long.MAX_VALUE)).isEqualTo("bbb");
    }

    private static String range(byte[] file, long start, long end) throws IOException {
        return new String(read(file, start, end), StandardCharsets.US_ASCII);
    }

    private static byte[] read(byte[] file, long start, long end) throws IOException {
        InputStream in = new ByteArrayInputStream(file);
        in.skipNBytes(start == 0 ? 0 : start - 1);
        try (InputStream range = new LineRange(in, start, end)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[7];
            int n;
            while ((n = range.read(buffer, 0, buffer.length)) >= 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static byte[] readInRanges(byte[] file, int split) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (long start = 0; start < file.length; start += split) {
            long end = start + split >= file.length ? Long.MAX_VALUE : start + split;
            all.write(read(file, start, end));
        }
        return all.toByteArray();
    }

    private static byte[] randomLines(Random random, int count, boolean trailingNewline) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int length = random.nextInt(5) == 0 ? 0 : random.nextInt(40);
            for (int k = 0; k < length; k++) {
                s.append((char) ('a' + random.nextInt(26)));
            }
            if (i < count - 1 || trailingNewline) {
                s.append('\n');
            }
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}

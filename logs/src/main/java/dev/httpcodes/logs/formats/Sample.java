package dev.httpcodes.logs.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The first lines of a file (at most {@link #MAX_LINES}, blank ones skipped), for format detection. */
public final class Sample {
    static final int MAX_LINES = 50;

    private final byte[] bytes;
    private final List<int[]> lines = new ArrayList<>();

    public Sample(byte[] bytes, int length) {
        this.bytes = bytes;
        int start = 0;
        for (int i = 0; i <= length && lines.size() < MAX_LINES; i++) {
            if (i == length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (end > start) {
                    lines.add(new int[] {start, end});
                }
                start = i + 1;
            }
        }
    }

    /** Whether the sample has no line at all (an empty file, or blank lines only). */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The share of lines for which {@code test} holds. */
    public double share(LineTest test) {
        if (lines.isEmpty()) {
            return 0;
        }
        int yes = 0;
        for (int[] l : lines) {
            if (test.test(bytes, l[0], l[1])) {
                yes++;
            }
        }
        return (double) yes / lines.size();
    }

    /** Whether some line starts with {@code prefix} (directives such as {@code #Fields:}). */
    public boolean anyLineStartsWith(String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        for (int[] l : lines) {
            if (l[1] - l[0] >= p.length && java.util.Arrays.equals(bytes, l[0], l[0] + p.length, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }

    /** A test of one line. */
    @FunctionalInterface
    public interface LineTest {
        boolean test(byte[] b, int start, int end);
    }
}

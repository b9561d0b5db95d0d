package dev.httpcodes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Lines from standard input, each cut at {@link #MAX} characters, so an endless line (a pipe from
 * {@code /dev/zero}, say) costs bounded memory; the rest of an over-long line is read and dropped.
 */
final class LineInput {
    static final int MAX = 256;
    private final Reader in;

    LineInput(InputStream in) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The next line without its line end, or null at the end of input. */
    String readLine() throws IOException {
        StringBuilder b = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (b.length() < MAX) {
                b.append((char) c);
            }
            c = in.read();
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == '\r') {
            b.setLength(end - 1);
        }
        return b.toString();
    }
}

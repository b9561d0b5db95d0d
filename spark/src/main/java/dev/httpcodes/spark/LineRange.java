package dev.httpcodes.spark;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream that start in {@code [start, end)}: the reader of the range before this one reads the line
 * that crosses {@code start}, so this one skips to just after the first newline at or after {@code start - 1}, and
 * reads past {@code end} up to the end of the line that crosses it. Consecutive ranges thus read every line once.
 * The stream must be positioned at {@code start - 1} (at 0 for the first range).
 */
final class LineRange extends InputStream {
    private final InputStream in;
    private final long end;
    private long position;
    private boolean started;
    private boolean done;
    private int previous = '\n';

    LineRange(InputStream in, long start, long end) {
        this.in = in;
        this.end = end;
        this.position = start == 0 ? 0 : start - 1;
        this.started = start == 0;
    }

    private boolean skipToLine() throws IOException {
        while (!started) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            position++;
            started = b == '\n';
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (done || !skipToLine()) {
            done = true;
            return -1;
        }
        if (position >= end) {
            // Past the range: only the rest of the line that crosses its end.
            if (previous == '\n') {
                done = true;
                return -1;
            }
            int n = 0;
            while (n < len) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                b[off + n++] = (byte) c;
                position++;
                previous = c;
                if (c == '\n') {
                    break;
                }
            }
            if (n == 0) {
                done = true;
                return -1;
            }
            return n;
        }
        int n = in.read(b, off, (int) Math.min(len, end - position));
        if (n > 0) {
            position += n;
            previous = b[off + n - 1] & 0xff;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package dev.httpcodes.logs;

import java.io.IOException;

/**
 * Cuts a byte source into blocks of whole lines, in bounded memory whatever the input: a block is at most the
 * buffer's size, and a line longer than the maximum line length is never buffered whole: its first bytes are kept
 * as a sample and the rest is read and dropped up to its end ({@code /dev/zero} and a gigabyte without a newline
 * cost one buffer). Blocks are numbered in source order ({@code segment}), so line numbers can be made absolute
 * once every block's line count is known, whichever thread parsed it.
 */
final class LineBlocks {
    /** Where bytes come from. */
    @FunctionalInterface
    interface Source {
        /** Like {@link java.io.InputStream#read(byte[], int, int)}: -1 at the end. */
        int read(byte[] b, int off, int len) throws IOException;
    }

    /** What is done with the blocks. */
    interface Sink {
        /**
         * {@code b[0, end)} holds whole lines (the last block: whatever remains). Returns the buffer to read on
         * into: {@code b} itself once it is no longer needed, or another one while {@code b} is being parsed.
         */
        byte[] block(byte[] b, int end, long segment);

        /** A line longer than the maximum, of which only {@code head[0, length)} was kept. */
        void overlong(byte[] head, int length, long segment);
    }

    static final int HEAD = 300;

    private final int maxLine;
    private final Sink sink;

    /** @param maxLine the longest line kept, less than any buffer given to {@link #run} */
    LineBlocks(int maxLine, Sink sink) {
        this.maxLine = maxLine;
        this.sink = sink;
    }

    /**
     * Reads the source to its end.
     *
     * @param buf     the first buffer, holding {@code length} bytes already read (a sample)
     * @param segment the number of the first block
     * @return the number of the block after the last one
     * @throws IOException from the source; the blocks before it, and the whole lines read before it, have been
     *                     handed to the sink
     */
    long run(Source source, byte[] buf, int length, long segment) throws IOException {
        int len = length;
        boolean eof = false;
        long seg = segment;
        while (true) {
            while (len < buf.length && !eof) {
                int n;
                try {
                    n = source.read(buf, len, buf.length - len);
                } catch (IOException e) {
                    // The input stops here (a truncated .gz): the whole lines read so far still count; the last,
                    // cut-off one is dropped, as it most likely lost its end.
                    int cut = lastNewline(buf, len);
                    if (cut > 0) {
                        sink.block(buf, cut, seg);
                    }
                    throw e;
                }
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
            if (len == 0) {
                return seg;
            }
            if (eof) {
                sink.block(buf, len, seg);
                return seg + 1;
            }
            int cut = lastNewline(buf, len);
            int lineStart = cut < 0 ? 0 : cut;
            if (len - lineStart <= maxLine) {
                byte[] next = sink.block(buf, cut, seg++);
                System.arraycopy(buf, cut, next, 0, len - cut);
                buf = next;
                len = len - cut;
                continue;
            }
            // The last line is already longer than the maximum: keep its head, hand over what precedes it, and
            // drop the rest of it.
            byte[] head = new byte[HEAD];
            int headLength = Math.min(HEAD, len - lineStart);
            System.arraycopy(buf, lineStart, head, 0, headLength);
            if (cut > 0) {
                buf = sink.block(buf, cut, seg++);
            }
            sink.overlong(head, headLength, seg++);
            len = 0;
            while (true) {
                int n = source.read(buf, 0, buf.length);
                if (n < 0) {
                    return seg;
                }
                int nl = firstNewline(buf, n);
                if (nl >= 0) {
                    len = n - nl - 1;
                    System.arraycopy(buf, nl + 1, buf, 0, len);
                    break;
                }
            }
        }
    }

    private static int lastNewline(byte[] b, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int firstNewline(byte[] b, int length) {
        int i = dev.httpcodes.logs.formats.ByteSearch.find(b, (byte) '\n', 0, length);
        return i < length ? i : -1;
    }
}

package dev.httpcodes.spark;

import java.io.Serializable;

/**
 * What one Spark task reads: a whole file (gzip, which cannot be split, or a format whose directive lines such as
 * IIS {@code #Fields:} change how the lines after them read), or a byte range of a plain file, of whose lines it
 * reads those that start in the range.
 *
 * @param file   the file's place among all inputs, in the order given
 * @param range  the range's place in its file, from 0
 * @param name   the file's name in reports
 * @param uri    the Hadoop path to open
 * @param start  the first byte of the range
 * @param end    the byte after the range ({@code Long.MAX_VALUE}: to the end of the file)
 * @param format the format id told on the driver, or null when the task tells it (gzip files)
 */
record Piece(int file, int range, String name, String uri, long start, long end, String format)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    boolean whole() {
        return start == 0 && end == Long.MAX_VALUE;
    }
}

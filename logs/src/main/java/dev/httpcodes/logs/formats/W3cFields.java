package dev.httpcodes.logs.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The W3C extended log layout that IIS and CloudFront both write: a {@code #Fields:} directive names the columns,
 * then each line holds exactly one value per column, split by one separator byte (a space for IIS, a tab for
 * CloudFront). One instance per parser: it keeps where each value of the current line starts and ends, so a line is
 * read without a String per field.
 */
public final class W3cFields {
    private final byte separator;
    private final int maxColumns;
    private final int[] starts;
    private final int[] ends;

    public W3cFields(byte separator, int maxColumns) {
        this.separator = separator;
        this.maxColumns = maxColumns;
        this.starts = new int[maxColumns];
        this.ends = new int[maxColumns];
    }

    /**
     * The column names of a {@code #Fields:} directive; {@code null} for any other directive, and for one naming more
     * columns than this layout keeps (such a line cannot be a real log's, and is ignored).
     */
    public List<String> names(byte[] b, int start, int end) {
        String line = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        if (!line.startsWith("#Fields:")) {
            return null;
        }
        List<String> names = List.of(line.substring(8).trim().split("\\s+"));
        return names.size() <= maxColumns ? names : null;
    }

    /** Splits a line into its values; false unless it holds exactly {@code count} of them. */
    public boolean split(byte[] b, int start, int end, int count) {
        int n = 0;
        int from = start;
        while (true) {
            if (n == count) {
                return false; // more values than columns
            }
            int next = ByteSearch.find(b, separator, from, end);
            starts[n] = from;
            ends[n] = next;
            n++;
            if (next >= end) {
                return n == count;
            }
            from = next + 1;
        }
    }

    public int start(int column) {
        return starts[column];
    }

    public int end(int column) {
        return ends[column];
    }

    /** The value is the single {@code -} both products write for "none". */
    public boolean dash(byte[] b, int column) {
        return ends[column] - starts[column] == 1 && b[starts[column]] == '-';
    }

    /** The column exists in the layout and holds a value other than empty or {@code -}. */
    public boolean present(byte[] b, int column) {
        return column >= 0 && ends[column] > starts[column] && !dash(b, column);
    }
}

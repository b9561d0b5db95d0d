package dev.httpcodes.logs.stats;

import java.util.Comparator;

/**
 * One malformed line kept as a sample: where it is and how it starts.
 *
 * @param input   index of the input in the order given
 * @param segment the part of the input it was read in (blocks and ranges are numbered in file order)
 * @param line    its line number within that segment, from 0; made absolute by {@link #at}
 * @param text    its first bytes (at most {@link LogStats#SAMPLE_BYTES}), as read
 * @param tooLong the line was longer than the maximum line length
 */
public record Malformed(int input, long segment, long line, String text, boolean tooLong)
        implements java.io.Serializable {
    static final Comparator<Malformed> FILE_ORDER = Comparator.comparingInt(Malformed::input)
            .thenComparingLong(Malformed::segment).thenComparingLong(Malformed::line);

    /** The same sample at an absolute line number (from 1) in segment 0. */
    public Malformed at(long absoluteLine) {
        return new Malformed(input, 0, absoluteLine, text, tooLong);
    }
}

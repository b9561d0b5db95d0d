package dev.httpcodes.logs.formats;

import java.util.Locale;

/**
 * One log format: a row of the {@linkplain Formats format table}.
 *
 * @param id       the name given to {@code --format} and shown in reports
 * @param detector how well a sample of a file reads as this format
 * @param factory  makes a parser (one per thread)
 */
public record LogFormat(String id, Detector detector, Factory factory) {
    public LogFormat {
        if (!id.equals(id.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("format ids are lower case: " + id);
        }
    }

    /** Scores a sample of a file's first lines. */
    @FunctionalInterface
    public interface Detector {
        /** A format never detected (it needs options, such as nginx's log_format string). */
        Detector NEVER = sample -> 0;

        /** From 0 (not this format) to 1 (every sample line reads as this format). */
        double score(Sample sample);
    }

    /** Makes a parser; throws {@link IllegalArgumentException} with a message for the user on bad options. */
    @FunctionalInterface
    public interface Factory {
        LineParser create(FormatOptions options);
    }

    public LineParser parser(FormatOptions options) {
        return factory.create(options);
    }

    @Override
    public String toString() {
        return id;
    }
}

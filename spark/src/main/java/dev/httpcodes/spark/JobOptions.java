package dev.httpcodes.spark;

import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.filter.RecordFilter;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LogFormat;
import java.io.Serializable;
import java.util.Optional;

/**
 * The analysis options as the user gave them, shipped to every executor, where each task turns them into the logs
 * module's {@link AnalyzerOptions} (which hold parsers and filters that are not serializable). {@code now} is fixed on
 * the driver, so a duration ({@code --since 2h}) means the same instant in every task.
 *
 * @param format      a format id, or null to detect per file
 * @param nginxFormat an nginx {@code log_format}, or null
 * @param jsonFields  JSON field-name overrides, or null
 * @param maxLine     the longest line read, in bytes
 * @param status      {@code --status}, or null; likewise {@code since}, {@code until}, {@code path}, {@code host},
 *                    {@code producer}
 * @param now         epoch seconds that durations count back from
 */
record JobOptions(String format, String nginxFormat, String jsonFields, int maxLine, String status, String since,
        String until, String path, String host, String producer, long now) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The filter; throws {@link IllegalArgumentException} with the user's message for a bad value. */
    RecordFilter filter() {
        return RecordFilter.of(Optional.ofNullable(status), Optional.ofNullable(since), Optional.ofNullable(until),
                Optional.ofNullable(path), Optional.ofNullable(host), Optional.ofNullable(producer), now);
    }

    /** The format given ({@code --format}, or nginx for {@code --nginx-format} alone); empty to detect. */
    Optional<LogFormat> chosenFormat() {
        if (format != null) {
            return Formats.byId(format);
        }
        return nginxFormat != null ? Optional.of(Formats.NGINX) : Optional.empty();
    }

    /** The options for one task: one thread (Spark runs the tasks in parallel), and {@code format} if known. */
    AnalyzerOptions analyzer(Optional<LogFormat> known) {
        return new AnalyzerOptions(known.isPresent() ? known : chosenFormat(), Optional.ofNullable(nginxFormat),
                Optional.ofNullable(jsonFields), 1, maxLine, filter());
    }
}

package dev.httpcodes.logs;

import dev.httpcodes.logs.filter.RecordFilter;
import dev.httpcodes.logs.formats.FormatOptions;
import dev.httpcodes.logs.formats.LogFormat;
import java.util.Optional;

/**
 * How to read the logs.
 *
 * @param format      empty to detect per input
 * @param nginxFormat the {@code log_format} string, for the nginx format
 * @param jsonFields  field-name overrides for JSON lines ({@code status=code,time=ts})
 * @param threads     parser threads (default: every core)
 * @param maxLine     the longest line read, in bytes; longer lines are malformed (default {@link #DEFAULT_MAX_LINE})
 * @param filter      which records are counted (the others are counted as filtered out)
 */
public record AnalyzerOptions(Optional<LogFormat> format, Optional<String> nginxFormat, Optional<String> jsonFields,
        int threads, int maxLine, RecordFilter filter) {
    public static final int DEFAULT_MAX_LINE = 64 * 1024;
    public static final int MIN_MAX_LINE = 256;
    /** Half a block: a block always holds at least one whole line of the maximum length. */
    public static final int MAX_MAX_LINE = LogAnalyzer.BLOCK / 2;

    public AnalyzerOptions {
        if (maxLine < MIN_MAX_LINE || maxLine > MAX_MAX_LINE) {
            throw new IllegalArgumentException("the maximum line length must be " + MIN_MAX_LINE + "-" + MAX_MAX_LINE
                    + " bytes, not " + maxLine);
        }
        threads = Math.max(1, threads);
    }

    public AnalyzerOptions(Optional<LogFormat> format, Optional<String> nginxFormat, Optional<String> jsonFields,
            int threads, int maxLine) {
        this(format, nginxFormat, jsonFields, threads, maxLine, RecordFilter.NONE);
    }

    public AnalyzerOptions(Optional<LogFormat> format, Optional<String> nginxFormat, Optional<String> jsonFields,
            int threads) {
        this(format, nginxFormat, jsonFields, threads, DEFAULT_MAX_LINE);
    }

    public static AnalyzerOptions defaults() {
        return new AnalyzerOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                Runtime.getRuntime().availableProcessors());
    }

    public FormatOptions formatOptions() {
        return new FormatOptions(nginxFormat, jsonFields);
    }
}

package dev.httpcodes.logs;

import java.util.Optional;

/**
 * How to read the logs.
 *
 * @param format      empty to detect per input
 * @param nginxFormat the {@code log_format} string, for {@link LogFormat#NGINX}
 * @param jsonFields  field-name overrides for JSON lines ({@code status=code,time=ts})
 * @param threads     parser threads (default: every core)
 */
public record AnalyzerOptions(Optional<LogFormat> format, Optional<String> nginxFormat, Optional<String> jsonFields,
        int threads) {
    public static AnalyzerOptions defaults() {
        return new AnalyzerOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                Runtime.getRuntime().availableProcessors());
    }
}

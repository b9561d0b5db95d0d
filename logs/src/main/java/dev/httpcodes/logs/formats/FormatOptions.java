package dev.httpcodes.logs.formats;

import java.util.Optional;

/**
 * What a format's parser may need from the command line.
 *
 * @param nginxFormat an nginx {@code log_format} string
 * @param jsonFields  JSON lines field-name overrides ({@code status=code,time=ts})
 */
public record FormatOptions(Optional<String> nginxFormat, Optional<String> jsonFields) {
    public static FormatOptions none() {
        return new FormatOptions(Optional.empty(), Optional.empty());
    }
}

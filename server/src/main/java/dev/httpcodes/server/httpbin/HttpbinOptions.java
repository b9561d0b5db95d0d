package dev.httpcodes.server.httpbin;

import java.util.List;
import java.util.Objects;

/**
 * The go-httpbin options of {@code serve}.
 *
 * @param maxBodySize    the largest request body the echo endpoints read, in bytes; a larger one is refused before
 *                       more than this many bytes are held
 * @param excludeHeaders request header names (case-insensitive, {@code *} matching any run of characters) that the
 *                       echoes leave out
 * @param hostname       what {@code /hostname} reports; a placeholder unless the operator asks for the real name, so
 *                       the machine's name is not given away
 */
public record HttpbinOptions(long maxBodySize, List<String> excludeHeaders, String hostname) {
    /** go-httpbin's default body cap, 1 MiB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 1024 * 1024;
    /** The name go-httpbin reports when the real one is not asked for. */
    public static final String DEFAULT_HOSTNAME = "go-httpbin";
    /** An upper bound on the cap itself, so a typo cannot make one request hold gigabytes. */
    public static final long MAX_BODY_SIZE_LIMIT = 256L * 1024 * 1024;

    public HttpbinOptions {
        if (maxBodySize < 1 || maxBodySize > MAX_BODY_SIZE_LIMIT) {
            throw new IllegalArgumentException("--max-body-size must be 1-" + MAX_BODY_SIZE_LIMIT + " bytes, not "
                    + maxBodySize);
        }
        excludeHeaders = List.copyOf(excludeHeaders);
        Objects.requireNonNull(hostname, "hostname");
    }

    public static HttpbinOptions defaults() {
        return new HttpbinOptions(DEFAULT_MAX_BODY_SIZE, List.of(), DEFAULT_HOSTNAME);
    }

    public HttpbinOptions withMaxBodySize(long bytes) {
        return new HttpbinOptions(bytes, excludeHeaders, hostname);
    }

    public HttpbinOptions withExcludeHeaders(List<String> patterns) {
        return new HttpbinOptions(maxBodySize, patterns, hostname);
    }

    public HttpbinOptions withHostname(String name) {
        return new HttpbinOptions(maxBodySize, excludeHeaders, name);
    }
}

package dev.httpcodes.check.http;

/**
 * No response came back.
 *
 * @param kind   {@code dns}, {@code refused}, {@code connect-timeout}, {@code tls}, {@code timeout}, {@code reset}
 *               or {@code protocol} (the ids of the failures in {@code knowledge/lint-rules.yaml})
 * @param url    the URL that was being fetched
 * @param detail what the platform said, for the user
 */
public record NetworkFailure(String kind, String url, String detail) {
}

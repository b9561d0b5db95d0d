package dev.httpcodes.check.http;

/**
 * One response, final or interim (1xx).
 *
 * @param status  the status code as received (may be outside 100-599)
 * @param reason  the reason phrase as received (empty in HTTP/2, which has none)
 * @param headers the header fields
 */
public record Response(int status, String reason, HeaderFields headers) {
}

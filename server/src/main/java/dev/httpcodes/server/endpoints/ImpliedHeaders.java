package dev.httpcodes.server.endpoints;

import io.vertx.core.MultiMap;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The header fields a status code requires or implies, with values that point back into this server
 * (RFC 9110: Location §10.2.2, Retry-After §10.2.3, WWW-Authenticate §11.6.1, Proxy-Authenticate §11.7.1, Allow
 * §10.2.1, Content-Range §14.4, Upgrade §7.8; Link for 103, RFC 8297).
 */
public final class ImpliedHeaders {
    /** Retry-After when the caller asks for none: short, so clients under test retry quickly. */
    static final String DEFAULT_RETRY_AFTER = "5";

    private ImpliedHeaders() {
    }

    /**
     * @param location    where a redirect or 201 points (already checked to stay on this server)
     * @param retryAfter  seconds, "date", or null for the default where one is implied
     * @param bodyLength  the length of the full body, for Content-Range
     */
    static void add(MultiMap headers, int code, String location, String retryAfter, int bodyLength) {
        if (code == 201 || code >= 300 && code < 400 && code != 304 && code != 305 && code != 306) {
            headers.set("Location", location);
        }
        switch (code) {
            case 401 -> headers.set("WWW-Authenticate", "Basic realm=\"httpcodes\", charset=\"UTF-8\"");
            case 407 -> headers.set("Proxy-Authenticate", "Basic realm=\"httpcodes\", charset=\"UTF-8\"");
            case 405 -> headers.set("Allow", "GET, HEAD, OPTIONS");
            case 416 -> headers.set("Content-Range", "bytes */" + bodyLength);
            case 426 -> headers.set("Upgrade", "HTTP/2.0");
            default -> {
            }
        }
        // A Retry-After already set (by /ratelimit, from its window) is the true one.
        if ((code == 429 || code == 503 || retryAfter != null) && (retryAfter != null
                || !headers.contains("Retry-After"))) {
            headers.set("Retry-After", retryAfter(retryAfter));
        }
    }

    /** Seconds as given, or an HTTP-date that many seconds ahead for "date". */
    static String retryAfter(String value) {
        if (value == null) {
            return DEFAULT_RETRY_AFTER;
        }
        if (value.equals("date")) {
            return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)
                    .plusSeconds(Long.parseLong(DEFAULT_RETRY_AFTER) * 24));
        }
        return value;
    }
}

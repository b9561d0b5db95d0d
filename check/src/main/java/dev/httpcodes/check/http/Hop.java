package dev.httpcodes.check.http;

import java.util.List;

/**
 * One request and its response in a chain.
 *
 * @param method         the request method
 * @param url            the request URL (empty when a transcript does not say)
 * @param requestHeaders the request's header fields, as far as they are known
 * @param protocol       {@code HTTP/1.1}, {@code HTTP/2} … as the response said
 * @param interim        1xx responses before the final one, when the source can show them
 * @param interimVisible false when the source cannot show 1xx responses (the JDK client over HTTP/2, HAR files)
 * @param response       the final response (a 1xx when nothing followed it)
 * @param body           the body as received, decoded from gzip, at most the cap
 * @param bodyTruncated  true when the body was longer than the cap
 * @param bodyExact      true when the bytes after the header section were read as sent, even where the status
 *                       allows none (raw socket, transcript); false when a client library hid them
 * @param timings        timings of this hop
 */
public record Hop(String method, String url, HeaderFields requestHeaders, String protocol, List<Response> interim,
        boolean interimVisible, Response response, byte[] body, boolean bodyTruncated, boolean bodyExact,
        Timings timings) {
    public int status() {
        return response.status();
    }

    public HeaderFields headers() {
        return response.headers();
    }

    public boolean secure() {
        return url.regionMatches(true, 0, "https:", 0, 6);
    }
}

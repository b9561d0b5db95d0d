package dev.httpcodes.check.fetch;

import dev.httpcodes.check.http.HeaderFields;
import java.time.Duration;
import java.util.List;

/**
 * What to send and how far to go.
 *
 * @param method       the request method of the first hop
 * @param headers      extra request header fields
 * @param body         the request content, or null for none
 * @param maxRedirects how many redirects to follow at most
 * @param timeout      the limit for each hop: connect, send, and read the response up to the body cap
 * @param insecure     accept any TLS certificate and host name (for testing)
 * @param http1Only    offer only HTTP/1.1 in TLS (ALPN)
 * @param bodyCap      the most body bytes read per response
 */
public record FetchOptions(String method, List<HeaderFields.Field> headers, byte[] body, int maxRedirects,
        Duration timeout, boolean insecure, boolean http1Only, int bodyCap) {
    /** The cap the issue sets for bodies read for fingerprints: 1 MiB. */
    public static final int DEFAULT_BODY_CAP = 1 << 20;

    public FetchOptions {
        headers = List.copyOf(headers);
    }

    public static FetchOptions get() {
        return new FetchOptions("GET", List.of(), null, 10, Duration.ofSeconds(10), false, false, DEFAULT_BODY_CAP);
    }

    public FetchOptions withMaxRedirects(int n) {
        return new FetchOptions(method, headers, body, n, timeout, insecure, http1Only, bodyCap);
    }

    public FetchOptions withRequest(String newMethod, List<HeaderFields.Field> newHeaders, byte[] newBody) {
        return new FetchOptions(newMethod, newHeaders, newBody, maxRedirects, timeout, insecure, http1Only, bodyCap);
    }

    public FetchOptions withTimeout(Duration t) {
        return new FetchOptions(method, headers, body, maxRedirects, t, insecure, http1Only, bodyCap);
    }

    public FetchOptions withTls(boolean acceptAny, boolean onlyHttp1) {
        return new FetchOptions(method, headers, body, maxRedirects, timeout, acceptAny, onlyHttp1, bodyCap);
    }
}

package dev.httpcodes.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What HTTP itself says about a registered code.
 *
 * @param cacheable        heuristically cacheable (RFC 9110 §15.1, RFC 9111 §4.2.2)
 * @param contentAllowed   false when the response cannot carry content (1xx, 204, 205, 304)
 * @param closesConnection true when the code never goes out in a response: the server closes the connection
 *                         instead and only logs the code (nginx 444)
 * @param headers          header fields that go with the code
 * @param redirect         for redirects: what following it does to the method
 * @param retry            whether a client may repeat the request
 * @param idempotentOnly   true when a repeat is safe only for idempotent methods (the request may already have run)
 * @param note             an optional remark
 * @param grpc             the gRPC status names a gRPC client reports when this HTTP status reaches it without a
 *                         {@code grpc-status} (gRPC's HTTP-to-gRPC mapping); empty when the mapping does not name it
 */
public record Semantics(boolean cacheable, boolean contentAllowed, boolean closesConnection,
        List<HeaderRule> headers, Optional<RedirectMethod> redirect, RetryPolicy retry, boolean idempotentOnly,
        Optional<LocalizedText> note, List<String> grpc) {

    /** Whether a cache may store the response without explicit freshness information (RFC 9111 §4.2.2). */
    public boolean isCacheableByDefault() {
        return cacheable;
    }

    /** The response header fields a response with this code MUST or SHOULD carry. */
    public List<HeaderRule> requiredResponseHeaders() {
        List<HeaderRule> required = new ArrayList<>();
        for (HeaderRule h : headers) {
            if (!h.request() && h.requirement().isRequired()) {
                required.add(h);
            }
        }
        return List.copyOf(required);
    }
}

package dev.httpcodes.core;

import java.util.List;
import java.util.Optional;

/**
 * What HTTP itself says about a registered code.
 *
 * @param cacheable      heuristically cacheable (RFC 9110 §15.1, RFC 9111 §4.2.2)
 * @param contentAllowed false when the response cannot carry content (1xx, 204, 205, 304)
 * @param headers        header fields that go with the code
 * @param redirect       for redirects: {@code preserves-method}, {@code may-change-to-get} or {@code changes-to-get}
 * @param retry          {@code not-applicable}, {@code no}, {@code after-change}, {@code after-delay} or {@code yes}
 * @param note           an optional remark
 * @param grpc           the gRPC status names a gRPC client reports when this HTTP status reaches it without a
 *                       {@code grpc-status} (gRPC's HTTP-to-gRPC mapping); empty when the mapping does not name it
 */
public record Semantics(boolean cacheable, boolean contentAllowed, List<HeaderRule> headers,
        Optional<String> redirect, String retry, Optional<LocalizedText> note, List<String> grpc) {
}

package dev.httpcodes.server.httpbin.timing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;

/**
 * A 1xx code asked of {@code /status} or {@code /drip}: go-httpbin writes it as an interim response, and the exchange
 * then ends with 200. 100 and 103 go out as such; the transport has no way to send other 1xx codes alone, so those
 * answer 200 directly.
 */
final class Interim {
    private Interim() {
    }

    /** Sends the interim response a 1xx code asks for, and returns the final status to send. */
    static int send(HttpServerResponse response, int code) {
        if (code >= 200) {
            return code;
        }
        if (code == 100) {
            response.writeContinue();
        } else if (code == 103) {
            response.writeEarlyHints(MultiMap.caseInsensitiveMultiMap());
        }
        return 200;
    }
}

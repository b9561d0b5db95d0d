package dev.httpcodes.check.fetch;

import java.io.IOException;

/** The peer's bytes are not an HTTP/1.1 response. */
final class MalformedResponseException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedResponseException(String message) {
        super(message);
    }
}

package dev.httpcodes.server.httpbin.echo;

/** A request body that does not parse as its Content-Type says; answered with go-httpbin's 400. */
final class BadBodyException extends Exception {
    private static final long serialVersionUID = 1L;

    BadBodyException(String message) {
        super(message, null, false, false);
    }
}

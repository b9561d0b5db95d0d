package dev.httpcodes.logs;

/** An input could not be read (missing, unreadable, not a log): the message names it and says why. */
public final class LogInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public LogInputException(String message) {
        super(message);
    }
}

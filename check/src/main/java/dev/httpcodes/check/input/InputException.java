package dev.httpcodes.check.input;

/** An offline input that cannot be read; the message names the input and what is wrong. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}

package dev.httpcodes.core;

import java.util.NoSuchElementException;

/** Nothing in the registry matches the input; the message echoes it. */
public final class UnknownStatusCodeException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;
    private final String input;

    public UnknownStatusCodeException(String input, String message) {
        super(message);
        this.input = input;
    }

    /** What the caller asked for, as given. */
    public String input() {
        return input;
    }
}

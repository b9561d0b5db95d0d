package dev.httpcodes.core;

import java.util.Optional;

/**
 * Any three-digit status code value, with an optional IIS sub-status: {@code 404}, {@code 403.14}. Holds numbers
 * only; what they mean is in the {@link Registry}. Codes outside 100–599 can be represented (logs contain
 * {@code 000} and {@code 999}) and belong to {@link StatusClass#INVALID}.
 */
public final class StatusCode implements Comparable<StatusCode> {
    /** Marks "no sub-status". */
    public static final int NO_SUBCODE = -1;
    private static final int MAX_SUBCODE = 999;

    private final int code;
    private final int subcode;

    private StatusCode(int code, int subcode) {
        this.code = code;
        this.subcode = subcode;
    }

    /**
     * A code without sub-status.
     *
     * @throws IllegalArgumentException when {@code code} is not within 0–999
     */
    public static StatusCode of(int code) {
        return of(code, NO_SUBCODE);
    }

    /**
     * A code with a sub-status, or {@link #NO_SUBCODE}.
     *
     * @throws IllegalArgumentException when {@code code} is not within 0–999 or the sub-status not within 0–999
     */
    public static StatusCode of(int code, int subcode) {
        if (code < 0 || code > 999) {
            throw new IllegalArgumentException("status code out of range 0-999: " + code);
        }
        if (subcode != NO_SUBCODE && (subcode < 0 || subcode > MAX_SUBCODE)) {
            throw new IllegalArgumentException("sub-status out of range 0-999: " + subcode);
        }
        return new StatusCode(code, subcode);
    }

    /**
     * Parses {@code 404}, {@code 403.14} or the older {@code 500-11} spelling of a sub-status.
     *
     * @throws IllegalArgumentException naming the input and the accepted forms
     */
    public static StatusCode parse(String text) {
        // No lambda: this is on a plain lookup's path, where bootstrapping one costs a cold start milliseconds.
        Optional<StatusCode> code = tryParse(text);
        if (code.isEmpty()) {
            throw new IllegalArgumentException(describeInvalid(text));
        }
        return code.get();
    }

    /** Like {@link #parse(String)}, but empty instead of an exception. */
    public static Optional<StatusCode> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() < 3 || !digits(t, 0, 3)) {
            return Optional.empty();
        }
        int code = Integer.parseInt(t.substring(0, 3));
        if (t.length() == 3) {
            return Optional.of(new StatusCode(code, NO_SUBCODE));
        }
        char separator = t.charAt(3);
        int subLength = t.length() - 4;
        if ((separator != '.' && separator != '-') || subLength < 1 || subLength > 3 || !digits(t, 4, t.length())) {
            return Optional.empty();
        }
        return Optional.of(new StatusCode(code, Integer.parseInt(t.substring(4))));
    }

    /** The message {@link #parse(String)} throws, for callers that report bad input themselves. */
    public static String describeInvalid(String text) {
        String shown = text == null ? "null" : "\"" + text + "\"";
        return shown + " is not a status code: expected three digits such as 404, optionally with an IIS "
                + "sub-status such as 403.14 (or 500-11)";
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The three-digit number. */
    public int code() {
        return code;
    }

    /** The sub-status, if any. */
    public Optional<Integer> subcode() {
        return subcode == NO_SUBCODE ? Optional.empty() : Optional.of(subcode);
    }

    public boolean hasSubcode() {
        return subcode != NO_SUBCODE;
    }

    /** The same code without its sub-status. */
    public StatusCode withoutSubcode() {
        return hasSubcode() ? new StatusCode(code, NO_SUBCODE) : this;
    }

    public StatusClass statusClass() {
        return StatusClass.of(code);
    }

    /** Canonical text: {@code 404}, {@code 403.14}, {@code 000}. */
    @Override
    public String toString() {
        String c = code < 10 ? "00" + code : code < 100 ? "0" + code : Integer.toString(code);
        return hasSubcode() ? c + "." + subcode : c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusCode other && other.code == code && other.subcode == subcode;
    }

    @Override
    public int hashCode() {
        return code * 1000 + subcode;
    }

    @Override
    public int compareTo(StatusCode o) {
        return code != o.code ? Integer.compare(code, o.code) : Integer.compare(subcode, o.subcode);
    }
}

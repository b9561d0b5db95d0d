package dev.httpcodes.core;

/**
 * The class of a status code, given by its first digit (RFC 9110 §15). Numbers outside 100–599 are
 * {@link #INVALID}: RFC 9110 calls them invalid, and a client should treat them as a server error.
 */
public enum StatusClass {
    INFORMATIONAL("1xx"),
    SUCCESSFUL("2xx"),
    REDIRECTION("3xx"),
    CLIENT_ERROR("4xx"),
    SERVER_ERROR("5xx"),
    INVALID("invalid");

    private final String id;

    StatusClass(String id) {
        this.id = id;
    }

    /** The short name used in ids, URLs and JSON: {@code "4xx"}, or {@code "invalid"}. */
    public String id() {
        return id;
    }

    /** The class of any integer. */
    public static StatusClass of(int code) {
        if (code < 100 || code > 599) {
            return INVALID;
        }
        return values()[code / 100 - 1];
    }

    /** The class named by {@code "4xx"} (any case) or {@code "invalid"}, if it is one. */
    public static java.util.Optional<StatusClass> fromId(String id) {
        for (StatusClass c : values()) {
            if (c.id.equalsIgnoreCase(id.strip())) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}

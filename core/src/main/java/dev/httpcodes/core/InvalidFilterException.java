package dev.httpcodes.core;

import java.util.List;

/** A filter value that names no class, standing or vendor; carries what is allowed, for "did you mean". */
public final class InvalidFilterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final String value;
    private final transient List<String> allowed;

    public InvalidFilterException(String parameter, String value, List<String> allowed) {
        super("unknown " + parameter + " \"" + value + "\"; allowed: " + String.join(", ", allowed));
        this.parameter = parameter;
        this.value = value;
        this.allowed = List.copyOf(allowed);
    }

    /** {@code class}, {@code standing} or {@code vendor}. */
    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public List<String> allowed() {
        return allowed;
    }
}

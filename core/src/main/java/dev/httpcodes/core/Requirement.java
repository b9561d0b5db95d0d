package dev.httpcodes.core;

import java.util.Locale;
import java.util.Optional;

/** How strongly a specification asks for a header field with a status code (RFC 2119 keywords, or customary use). */
public enum Requirement {
    MUST("MUST"),
    MUST_NOT("MUST NOT"),
    SHOULD("SHOULD"),
    SHOULD_NOT("SHOULD NOT"),
    MAY("MAY"),
    /** Customary, not required by any specification. */
    TYPICAL("typical");

    private static final Requirement[] ALL = values();
    private final String id;

    Requirement(String id) {
        this.id = id;
    }

    /** The spelling used in the knowledge files and JSON: {@code "MUST NOT"}, {@code "typical"}. */
    public String id() {
        return id;
    }

    /** Whether a response without the field breaks a rule ({@code MUST} or {@code SHOULD}). */
    public boolean isRequired() {
        return this == MUST || this == SHOULD;
    }

    /** Whether a response with the field breaks a rule ({@code MUST NOT} or {@code SHOULD NOT}). */
    public boolean isForbidden() {
        return this == MUST_NOT || this == SHOULD_NOT;
    }

    /** The requirement spelled as in the knowledge files (any case), if it is one. */
    public static Optional<Requirement> fromId(String id) {
        String wanted = id.strip().toUpperCase(Locale.ROOT);
        for (Requirement r : ALL) {
            if (r.id.toUpperCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

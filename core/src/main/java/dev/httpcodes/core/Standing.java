package dev.httpcodes.core;

import java.util.Locale;
import java.util.Optional;

/** Where a meaning of a code stands: registered with IANA (in some state), or used without registration. */
public enum Standing {
    /** Registered and defined by an RFC. */
    STANDARD,
    /** A temporary IANA registration tied to a draft (104). */
    TEMPORARY,
    /** Registered but no longer recommended (102, 305). */
    DEPRECATED,
    /** Registered, defined by a Historic specification (510). */
    OBSOLETE,
    /** Registered as "(Unused)" (306, 418). */
    UNUSED,
    /** Unregistered but used by several products. */
    UNOFFICIAL,
    /** Defined by one product or service. */
    VENDOR,
    /**
     * Not in the IANA registry and not documented by anyone the knowledge base knows of; only {@link StatusInfo}
     * reports it, no entry has it.
     */
    UNREGISTERED;

    private static final Standing[] ALL = values();
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id used in the knowledge files, URLs and JSON: {@code "vendor"}. */
    public String id() {
        return id;
    }

    /** Whether the code is in the IANA registry in any state. */
    public boolean isRegistered() {
        return ordinal() <= UNUSED.ordinal();
    }

    /** The standing named by its id (any case), if it is one. */
    public static Optional<Standing> fromId(String id) {
        String wanted = id.strip();
        for (Standing s : ALL) {
            if (s.id.equalsIgnoreCase(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

package dev.httpcodes.core;

import java.util.Optional;

/** What a redirect does to the request method when the client follows it (RFC 9110 §15.4). */
public enum RedirectMethod {
    /** 307, 308: the method and content are sent again unchanged. */
    PRESERVES_METHOD("preserves-method"),
    /** 301, 302: clients may (and for historical reasons usually do) turn POST into GET. */
    MAY_CHANGE_TO_GET("may-change-to-get"),
    /** 303: the target is retrieved with GET (or HEAD). */
    CHANGES_TO_GET("changes-to-get");

    private static final RedirectMethod[] ALL = values();
    private final String id;

    RedirectMethod(String id) {
        this.id = id;
    }

    /** The spelling used in the knowledge files and JSON. */
    public String id() {
        return id;
    }

    public static Optional<RedirectMethod> fromId(String id) {
        for (RedirectMethod m : ALL) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

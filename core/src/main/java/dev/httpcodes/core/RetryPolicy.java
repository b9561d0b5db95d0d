package dev.httpcodes.core;

import java.util.Optional;

/** Whether a client may repeat a request that got a code, as the knowledge base's semantics say. */
public enum RetryPolicy {
    /** A success or other final answer: there is nothing to retry. */
    NOT_APPLICABLE("not-applicable"),
    /** Repeating the same request gives the same answer. */
    NO("no"),
    /** The request has to be changed first (credentials, body, preconditions). */
    AFTER_CHANGE("after-change"),
    /** The condition is temporary: wait (honouring Retry-After), then repeat. */
    AFTER_DELAY("after-delay"),
    /** Repeating is expected (a redirect to follow, an interim answer). */
    YES("yes");

    private static final RetryPolicy[] ALL = values();
    private final String id;

    RetryPolicy(String id) {
        this.id = id;
    }

    /** The spelling used in the knowledge files and JSON: {@code "after-delay"}. */
    public String id() {
        return id;
    }

    public static Optional<RetryPolicy> fromId(String id) {
        for (RetryPolicy p : ALL) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

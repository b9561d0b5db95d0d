package dev.httpcodes.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is known about any three-digit status code, whether or not the knowledge base has an entry for it: its class,
 * its standing ({@link Standing#UNREGISTERED} when nobody defines it), its meanings, and what HTTP's semantics imply
 * for caching, header fields and retries. Get one with {@link Registry#describe(int)}; it never throws for a code in
 * 000–999.
 */
public final class StatusInfo {
    private final StatusCode code;
    private final List<Entry> meanings;
    private final String reasonPhrase;

    StatusInfo(StatusCode code, List<Entry> meanings, String reasonPhrase) {
        this.code = code;
        this.meanings = meanings;
        this.reasonPhrase = reasonPhrase;
    }

    public StatusCode code() {
        return code;
    }

    public StatusClass statusClass() {
        return code.statusClass();
    }

    /** Every meaning of the code, standard first; empty for an unregistered code nobody documents. */
    public List<Entry> meanings() {
        return meanings;
    }

    /** The first (standard, if any) meaning. */
    public Optional<Entry> primary() {
        return meanings.isEmpty() ? Optional.empty() : Optional.of(meanings.get(0));
    }

    /** Whether the knowledge base has any entry for the code. */
    public boolean isKnown() {
        return !meanings.isEmpty();
    }

    /** The first meaning's standing, or {@link Standing#UNREGISTERED}. */
    public Standing standing() {
        return meanings.isEmpty() ? Standing.UNREGISTERED : meanings.get(0).standing();
    }

    /** The phrase to show or send: the first meaning's, or the name of the class for an unknown code. */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** HTTP semantics from the first meaning that has them. */
    public Optional<Semantics> semantics() {
        for (Entry e : meanings) {
            if (e.semantics().isPresent()) {
                return e.semantics();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a cache may store the response without explicit freshness information (RFC 9111 §4.2.2). An unknown
     * code is not: only the codes that define it are heuristically cacheable.
     */
    public boolean isCacheableByDefault() {
        Optional<Semantics> s = semantics();
        return s.isPresent() && s.get().isCacheableByDefault();
    }

    /** Whether the response may carry content (false for 1xx, 204, 205 and 304). */
    public boolean isContentAllowed() {
        Optional<Semantics> s = semantics();
        return s.isPresent() ? s.get().contentAllowed() : statusClass() != StatusClass.INFORMATIONAL;
    }

    /** The response header fields that a response with this code MUST or SHOULD carry. */
    public List<HeaderRule> requiredResponseHeaders() {
        Optional<Semantics> s = semantics();
        return s.isPresent() ? s.get().requiredResponseHeaders() : List.of();
    }

    /** Retry advice for a request with this method whose response had this {@code Retry-After} (or null). */
    public RetryAdvice retryAdvice(String method, String retryAfter, Instant now) {
        return RetryAdvice.of(this, method, retryAfter, now);
    }

    /** Retry advice for a request with this method and no {@code Retry-After} in the response. */
    public RetryAdvice retryAdvice(String method) {
        return RetryAdvice.of(this, method, null, Instant.now());
    }

    @Override
    public String toString() {
        return code + " " + reasonPhrase;
    }
}

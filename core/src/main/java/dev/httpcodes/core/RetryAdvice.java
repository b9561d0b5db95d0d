package dev.httpcodes.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether, when and how to repeat a request after a response, derived from the knowledge base's semantics of the
 * code, the request method and the response's {@code Retry-After} field.
 *
 * @param decision what to do
 * @param delay    how long to wait, when the server said so with a valid {@code Retry-After}; empty means the client
 *                 picks its own backoff (or, for decisions other than a retry, that waiting does not help)
 * @param reason   why: which piece of evidence decided
 */
public record RetryAdvice(Decision decision, Optional<Duration> delay, Reason reason) {

    /** What a client should do. */
    public enum Decision {
        /** Repeat the request (after {@link #delay()} when present). */
        RETRY,
        /** Change the request first (credentials, content, preconditions); repeating it as it is will fail again. */
        CHANGE_REQUEST,
        /** Do not repeat it. */
        DO_NOT_RETRY,
        /** Nothing failed: there is nothing to retry. */
        NOT_APPLICABLE
    }

    /** The evidence that decided. */
    public enum Reason {
        /** The code's semantics in the knowledge base. */
        CODE_SEMANTICS,
        /** The code allows a retry, but only of idempotent methods, and this one is not. */
        METHOD_NOT_IDEMPOTENT,
        /** The response carried a valid Retry-After, which gave the delay. */
        RETRY_AFTER,
        /** The code has no semantics in the knowledge base; its class decided (RFC 9110 §15). */
        STATUS_CLASS
    }

    /** Idempotent methods (RFC 9110 §9.2.2): repeating one has the same effect as sending it once. */
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

    /** Whether a method is idempotent per RFC 9110 §9.2.2 (method names are case-sensitive). */
    public static boolean isIdempotent(String method) {
        return method != null && IDEMPOTENT.contains(method);
    }

    /** Whether the advice is to send the request again, as it is. */
    public boolean shouldRetry() {
        return decision == Decision.RETRY;
    }

    static RetryAdvice of(StatusInfo info, String method, String retryAfter, Instant now) {
        Optional<Semantics> semantics = info.semantics();
        RetryPolicy policy;
        boolean idempotentOnly;
        Reason reason;
        if (semantics.isPresent()) {
            policy = semantics.get().retry();
            idempotentOnly = semantics.get().idempotentOnly();
            reason = Reason.CODE_SEMANTICS;
        } else {
            // An unknown code is understood as the x00 of its class, and an invalid one (600–999) as a server
            // error (RFC 9110 §15). A server error of unknown meaning may have run the request already, so only
            // idempotent methods are repeated.
            boolean serverError = info.statusClass() == StatusClass.SERVER_ERROR
                    || info.statusClass() == StatusClass.INVALID;
            policy = serverError ? RetryPolicy.AFTER_DELAY
                    : info.statusClass() == StatusClass.CLIENT_ERROR ? RetryPolicy.AFTER_CHANGE
                    : RetryPolicy.NOT_APPLICABLE;
            idempotentOnly = serverError;
            reason = Reason.STATUS_CLASS;
        }
        switch (policy) {
            case NOT_APPLICABLE:
                return new RetryAdvice(Decision.NOT_APPLICABLE, Optional.empty(), reason);
            case NO:
                return new RetryAdvice(Decision.DO_NOT_RETRY, Optional.empty(), reason);
            case AFTER_CHANGE:
                return new RetryAdvice(Decision.CHANGE_REQUEST, Optional.empty(), reason);
            default:
                if (idempotentOnly && !isIdempotent(method)) {
                    return new RetryAdvice(Decision.DO_NOT_RETRY, Optional.empty(), Reason.METHOD_NOT_IDEMPOTENT);
                }
                Optional<Duration> delay = parseRetryAfter(retryAfter, now);
                return new RetryAdvice(Decision.RETRY, delay, delay.isPresent() ? Reason.RETRY_AFTER : reason);
        }
    }

    /**
     * A {@code Retry-After} value (RFC 9110 §10.2.3) as a delay from {@code now}: delay-seconds, or an HTTP-date
     * (a date in the past means no wait). Empty for a missing or malformed value, which a client must ignore.
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (isDigits(v)) {
            // More than 18 digits cannot be a sensible delay and would overflow a long.
            return v.length() > 18 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

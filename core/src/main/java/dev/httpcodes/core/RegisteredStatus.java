package dev.httpcodes.core;

/**
 * Behaviour shared by the generated {@link HttpStatus} constants: class helpers in the manner of Spring's
 * {@code HttpStatus}, and the texts, which come from the bundled registry.
 */
public interface RegisteredStatus {
    /** The numeric code. */
    int value();

    default StatusCode code() {
        return StatusCode.of(value());
    }

    default StatusClass statusClass() {
        return StatusClass.of(value());
    }

    default boolean isInformational() {
        return statusClass() == StatusClass.INFORMATIONAL;
    }

    default boolean isSuccessful() {
        return statusClass() == StatusClass.SUCCESSFUL;
    }

    default boolean isRedirection() {
        return statusClass() == StatusClass.REDIRECTION;
    }

    default boolean isClientError() {
        return statusClass() == StatusClass.CLIENT_ERROR;
    }

    default boolean isServerError() {
        return statusClass() == StatusClass.SERVER_ERROR;
    }

    /** 4xx or 5xx. */
    default boolean isError() {
        return isClientError() || isServerError();
    }

    /** The registry entry of the standard meaning. */
    default Entry entry() {
        return Registry.standard().getById(Integer.toString(value()));
    }

    /** The IANA reason phrase. */
    default String phrase() {
        return entry().phrase();
    }
}

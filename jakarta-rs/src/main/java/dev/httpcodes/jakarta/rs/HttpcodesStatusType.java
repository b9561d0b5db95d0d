package dev.httpcodes.jakarta.rs;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.HttpStatus;
import dev.httpcodes.core.Registry;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Optional;

/**
 * A Jakarta REST {@link Response.StatusType} for any code 100–999 and for every httpcodes entry: 422, 429 and 451
 * that the API's {@code Response.Status} lacks or added late, and vendor codes such as nginx's 499 or
 * Cloudflare's 522, each with its reason phrase and family.
 *
 * <p>A custom {@code StatusType} cannot be a {@code case} label; {@link #httpStatus()} maps a registered code to
 * the {@link HttpStatus} enum, which can:
 *
 * <pre>{@code
 * Optional<HttpStatus> status = HttpcodesStatusType.from(response.getStatusInfo()).httpStatus();
 * switch (status.orElse(HttpStatus.INTERNAL_SERVER_ERROR)) {
 *     case TOO_MANY_REQUESTS -> backOff();
 *     case UNPROCESSABLE_CONTENT -> reportValidation();
 *     default -> fail();
 * }
 * }</pre>
 */
public final class HttpcodesStatusType implements Response.StatusType {
    private final int code;
    private final String reasonPhrase;
    private final String entryId;

    private HttpcodesStatusType(int code, String reasonPhrase, String entryId) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.entryId = entryId;
    }

    /** The status type of a code's first (standard, if any) meaning; any code 100–999 works. */
    public static HttpcodesStatusType of(int code) {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException("an HTTP status code is 100 to 999; got " + code);
        }
        Registry registry = Registry.standard();
        Optional<Entry> primary = registry.describe(code).primary();
        return new HttpcodesStatusType(code, registry.reasonPhrase(code),
                primary.isPresent() ? primary.get().id() : null);
    }

    /** The status type of one entry ({@code 499.esri} keeps Esri's phrase; an IIS sub-status sends its parent). */
    public static HttpcodesStatusType of(Entry entry) {
        return new HttpcodesStatusType(entry.code().code(), entry.phrase(), entry.id());
    }

    /** The status type of a registered code from the enum. */
    public static HttpcodesStatusType of(HttpStatus status) {
        return of(status.value());
    }

    /** Any status type (from a response, or the API's own enum) as ours: same code, its first meaning. */
    public static HttpcodesStatusType from(Response.StatusType status) {
        return status instanceof HttpcodesStatusType ours ? ours : of(status.getStatusCode());
    }

    @Override
    public int getStatusCode() {
        return code;
    }

    /**
     * The family; 600–999 is {@code OTHER}, as the API defines it (RFC 9110 §15 asks clients to handle them as
     * server errors).
     */
    @Override
    public Response.Status.Family getFamily() {
        return Response.Status.Family.familyOf(code);
    }

    @Override
    public String getReasonPhrase() {
        return reasonPhrase;
    }

    /** The entry this status stands for; empty for a code nobody documents. */
    public Optional<Entry> entry() {
        return entryId == null ? Optional.empty() : Registry.standard().findById(entryId);
    }

    /** The enum constant for a code in the IANA registry, for {@code switch}; empty for others. */
    public Optional<HttpStatus> httpStatus() {
        return HttpStatus.resolve(code);
    }

    /** The API's own constant, when it has one. */
    public Optional<Response.Status> toStatus() {
        return Optional.ofNullable(Response.Status.fromStatusCode(code));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpcodesStatusType other && other.code == code
                && Objects.equals(other.entryId, entryId);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(code);
    }

    @Override
    public String toString() {
        return code + " " + reasonPhrase;
    }
}

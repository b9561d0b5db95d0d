package dev.httpcodes.spring;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusCode;
import dev.httpcodes.core.StatusInfo;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import org.springframework.http.HttpStatusCode;

/**
 * Any three-digit status code with what httpcodes knows about it, convertible to and from Spring's
 * {@link HttpStatusCode}. Spring's {@code HttpStatus.valueOf(int)} throws for 499, 520–530 and every other code
 * outside its enum, and its sealed {@code HttpStatusCode} knows only the number; this class resolves every value
 * from 100 to 999 to its meaning, so vendor codes keep their name and vendor:
 *
 * <pre>{@code
 * HttpcodesStatus status = HttpcodesStatus.from(exception.getStatusCode());
 * status.describe();        // "522 Connection Timed Out (Cloudflare)"
 * status.toHttpStatusCode(); // for ResponseEntity.status(…), ProblemDetail, …
 * }</pre>
 *
 * <p>{@link #equals(Object)} compares the value and the meaning chosen, so that 499 (nginx) and 499.esri stay
 * apart in collections.
 */
public final class HttpcodesStatus implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int value;
    private final String entryId;
    private final transient Registry registry;

    private HttpcodesStatus(int value, String entryId, Registry registry) {
        this.value = value;
        this.entryId = entryId;
        this.registry = registry;
    }

    /** The status code for a value, with its first (standard, if any) meaning from the bundled knowledge base. */
    public static HttpcodesStatus of(int value) {
        return of(value, Registry.standard());
    }

    /**
     * The status code for a value, with its first meaning from this registry.
     *
     * @throws IllegalArgumentException for a value outside 100–999, which HTTP/1.1 and HTTP/2 cannot carry
     */
    public static HttpcodesStatus of(int value, Registry registry) {
        if (value < 100 || value > 999) {
            throw new IllegalArgumentException("an HTTP status code is 100 to 999; got " + value);
        }
        Optional<Entry> primary = registry.describe(value).primary();
        return new HttpcodesStatus(value, primary.isPresent() ? primary.get().id() : null, registry);
    }

    /** The status code for an entry of the knowledge base, e.g. {@code 499.esri}, {@code 403.14} or {@code 522}. */
    public static HttpcodesStatus of(Entry entry) {
        return of(entry, Registry.standard());
    }

    static HttpcodesStatus of(Entry entry, Registry registry) {
        return new HttpcodesStatus(entry.code().code(), entry.id(), registry);
    }

    /** The status code of an entry id, if the bundled knowledge base has that entry. */
    public static Optional<HttpcodesStatus> resolve(String entryId) {
        return Registry.standard().findById(entryId).map(HttpcodesStatus::of);
    }

    /** A Spring status code as one of ours: the same value, its first meaning. */
    public static HttpcodesStatus from(HttpStatusCode status) {
        return of(status.value());
    }

    /** Spring's value for the same code ({@code HttpStatus} where Spring's enum has it). */
    public HttpStatusCode toHttpStatusCode() {
        return HttpStatusCode.valueOf(value);
    }

    public int value() {
        return value;
    }

    /** The meaning this status code stands for; empty for a code nobody documents. */
    public Optional<Entry> entry() {
        return entryId == null ? Optional.empty() : registry().findById(entryId);
    }

    /** Everything known about the number, including its class, standing and retry advice. */
    public StatusInfo info() {
        return registry().describe(StatusCode.of(value));
    }

    /** The reason phrase: the entry's phrase, or the name of the class for an unknown code. */
    public String reasonPhrase() {
        Optional<Entry> e = entry();
        return e.isPresent() ? e.get().phrase() : registry().reasonPhrase(value);
    }

    /**
     * How the code reads in a message: {@code 522 Connection Timed Out (Cloudflare)}; the vendor is named for
     * vendor meanings, since the same number means something else elsewhere.
     */
    public String describe() {
        Optional<Entry> e = entry();
        StringBuilder b = new StringBuilder().append(value).append(' ').append(reasonPhrase());
        if (e.isPresent() && e.get().vendor().isPresent()) {
            b.append(" (").append(e.get().vendor().get().name().en()).append(')');
        }
        return b.toString();
    }

    public boolean is1xxInformational() {
        return value / 100 == 1;
    }

    public boolean is2xxSuccessful() {
        return value / 100 == 2;
    }

    public boolean is3xxRedirection() {
        return value / 100 == 3;
    }

    public boolean is4xxClientError() {
        return value / 100 == 4;
    }

    public boolean is5xxServerError() {
        return value / 100 == 5;
    }

    /**
     * 4xx and 5xx, and also 600–999: RFC 9110 §15 asks clients to treat an invalid code as a server error, where
     * Spring's own {@code DefaultHttpStatusCode} says no error at all.
     */
    public boolean isError() {
        return value >= 400;
    }

    private Registry registry() {
        // After deserialization the registry is the bundled one; custom registries are not serialized.
        return registry != null ? registry : Registry.standard();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpcodesStatus other && other.value == value
                && java.util.Objects.equals(other.entryId, entryId);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return describe();
    }
}

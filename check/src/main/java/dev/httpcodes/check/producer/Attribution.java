package dev.httpcodes.check.producer;

import java.util.List;
import java.util.Optional;

/**
 * Who produced a response.
 *
 * @param id        the producer's id, empty when nothing matched
 * @param name      the producer's name, empty when nothing matched
 * @param certainty {@code generated} (weight 10 or more: its own page or codes), {@code likely} (3 or more: its
 *                  Server-style header) or {@code passed-through} (only traces every response through it carries)
 * @param version   a version the traces give
 * @param subStatus an IIS sub-status the traces give (e.g. {@code 403.14})
 * @param code      the producer's own error code the traces give (Cloudflare 1020, an Akamai reference …)
 * @param evidence  every matched trace of every producer, strongest first
 * @param via       the other producers whose traces are present (layers the response passed)
 */
public record Attribution(Optional<String> id, Optional<String> name, String certainty, Optional<String> version,
        Optional<String> subStatus, Optional<String> code, List<Evidence> evidence, List<String> via) {
    public static Attribution unknown() {
        return new Attribution(Optional.empty(), Optional.empty(), "unknown", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of());
    }
}

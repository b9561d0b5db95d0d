package dev.httpcodes.check.report;

import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.lint.Finding;
import dev.httpcodes.check.producer.Attribution;
import dev.httpcodes.core.Entry;
import java.util.List;
import java.util.Optional;

/**
 * One hop, explained.
 *
 * @param hop         what was exchanged
 * @param meaning     the registry entry for the status (the IIS sub-status entry when the body names one)
 * @param producedBy  who produced the response
 * @param findings    what the rules found
 */
public record HopReport(Hop hop, Optional<Entry> meaning, Attribution producedBy, List<Finding> findings) {
}

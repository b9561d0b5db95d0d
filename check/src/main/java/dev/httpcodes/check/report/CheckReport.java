package dev.httpcodes.check.report;

import dev.httpcodes.check.http.NetworkFailure;
import dev.httpcodes.core.Lang;
import java.util.List;
import java.util.Optional;

/**
 * Everything one {@code httpcodes check} run found.
 *
 * @param input          {@code url}, {@code har} or {@code raw}
 * @param source         the URL or file name
 * @param hops           each hop, explained
 * @param failure        the network failure that ended the chain, if any
 * @param failureMessage that failure said in one line, with what it usually means
 * @param lang           the language of the messages
 */
public record CheckReport(String input, String source, List<HopReport> hops, Optional<NetworkFailure> failure,
        Optional<String> failureMessage, Lang lang) {
    public long count(String level) {
        return hops.stream().flatMap(h -> h.findings().stream()).filter(f -> f.level().equals(level)).count();
    }

    public boolean hasErrors() {
        return count("error") > 0;
    }
}

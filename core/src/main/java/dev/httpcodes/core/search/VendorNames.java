package dev.httpcodes.core.search;

import static dev.httpcodes.core.TextNormalizer.normalize;
import static dev.httpcodes.core.TextNormalizer.tokens;

import dev.httpcodes.core.Label;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words by which a query names a vendor: its id ({@code iis}, {@code aws-elb} and its parts) and the first word
 * of its English name ({@code cloudflare}, {@code microsoft}), so that {@code iis 403} ranks IIS's 403 sub-statuses
 * first. Words shorter than three letters name nothing; they are too often something else.
 */
final class VendorNames {
    private final Map<String, Set<String>> vendorsByWord = new HashMap<>();

    VendorNames(List<Label> vendors) {
        for (Label v : vendors) {
            add(v.id().replace('-', ' '), v.id());
            add(normalize(v.id()), v.id());
            List<String> nameWords = tokens(normalize(v.name().en()));
            if (!nameWords.isEmpty()) {
                add(nameWords.get(0), v.id());
            }
        }
    }

    private void add(String words, String vendor) {
        for (String w : tokens(words)) {
            if (w.length() >= 3) {
                vendorsByWord.computeIfAbsent(w, k -> new HashSet<>()).add(vendor);
            }
        }
        if (words.length() >= 3) {
            vendorsByWord.computeIfAbsent(words, k -> new HashSet<>()).add(vendor);
        }
    }

    /** The ids of the vendors the query words name; empty when none. */
    Set<String> named(List<String> queryWords) {
        Set<String> named = new HashSet<>();
        for (String w : queryWords) {
            named.addAll(vendorsByWord.getOrDefault(w, Set.of()));
        }
        return named;
    }
}

package dev.httpcodes.core.search;

import static dev.httpcodes.core.TextNormalizer.normalize;
import static dev.httpcodes.core.TextNormalizer.tokens;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranked search over a registry. Ranking, best first: the exact code or id; a whole phrase or other name (also
 * with a typo or two); a whole title; a whole keyword; then every query word found, weighted by where it was found (phrase, title,
 * keywords, text) and how closely (as is, by prefix, with a typo). Among equal scores the registry order decides,
 * so standard meanings come first. Immutable and thread-safe once built.
 */
public final class Search {
    private static final double EXACT_CODE = 10_000;
    private static final double WHOLE_NAME = 1_000;
    private static final double WHOLE_NAME_TYPO = 600;
    private static final double WHOLE_TITLE = 500;
    private static final double WHOLE_KEYWORD = 300;

    private final Registry registry;
    private volatile SearchIndex index;

    public Search(Registry registry) {
        this.registry = registry;
    }

    /**
     * The prepared index, built on first search: preparing it decodes every entry's texts, which a caller that only
     * wants code suggestions should not pay for. Building twice in a race is harmless.
     */
    private SearchIndex index() {
        SearchIndex built = index;
        if (built == null) {
            built = new SearchIndex(registry.entries());
            index = built;
        }
        return built;
    }

    /**
     * The best matches for a query, at most {@code limit}.
     *
     * @throws IllegalArgumentException when limit is not positive
     */
    public List<SearchHit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = normalize(query);
        List<String> words = tokens(q);
        Optional<StatusCode> code = StatusCode.tryParse(query.strip());
        List<Entry> exact = code.isPresent() ? registry.find(code.get()) : registry.findById(query).stream().toList();
        SearchIndex idx = index();
        List<double[][]> matches = new ArrayList<>(words.size());
        for (String word : words) {
            matches.add(idx.matches(word));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (SearchDocument doc : idx.documents) {
            SearchHit hit = score(doc, q, matches, exact);
            if (hit != null) {
                ranked.add(new Ranked(hit, doc.order));
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> r.hit.score()).reversed()
                .thenComparingInt(r -> r.order));
        return ranked.stream().limit(limit).map(Ranked::hit).toList();
    }

    private static SearchHit score(SearchDocument doc, String q, List<double[][]> matches, List<Entry> exact) {
        if (exact.contains(doc.entry)) {
            return new SearchHit(doc.entry, EXACT_CODE, "code");
        }
        if (q.isEmpty()) {
            return null;
        }
        double bonus = 0;
        String bonusField = null;
        for (String name : doc.names) {
            if (name.equals(q)) {
                bonus = WHOLE_NAME;
                bonusField = "phrase";
            } else if (bonus < WHOLE_NAME_TYPO && q.length() >= 6
                    && EditDistance.within(q, name, 2) <= 2) {
                bonus = WHOLE_NAME_TYPO;
                bonusField = "phrase";
            }
        }
        if (bonus == 0 && doc.titles.contains(q)) {
            bonus = WHOLE_TITLE;
            bonusField = "title";
        }
        if (bonus == 0 && doc.keywords.contains(q)) {
            bonus = WHOLE_KEYWORD;
            bonusField = "keywords";
        }
        double total = 0;
        Field bestField = null;
        double bestFieldScore = 0;
        for (double[][] match : matches) {
            double wordBest = 0;
            for (Field field : Field.values()) {
                double s = match[doc.order][field.ordinal()] * field.weight;
                if (s > wordBest) {
                    wordBest = s;
                }
                if (s > bestFieldScore) {
                    bestFieldScore = s;
                    bestField = field;
                }
            }
            if (wordBest == 0 && bonus == 0) {
                return null;
            }
            total += wordBest;
        }
        if (total == 0 && bonus == 0) {
            return null;
        }
        String field = bonusField != null ? bonusField : bestField.label;
        return new SearchHit(doc.entry, bonus + total / Math.max(1, matches.size()), field);
    }

    /** A hit with its entry's place in the registry, which breaks ties. */
    private record Ranked(SearchHit hit, int order) {
    }

    /**
     * Ids to offer as "did you mean" for input that matched nothing: the nearest codes for something that looks
     * like a number, the best search hits otherwise.
     */
    public List<String> suggest(String input, int limit) {
        if (input == null || input.isBlank()) {
            return List.of();
        }
        String t = input.strip();
        if (t.chars().anyMatch(Character::isDigit)) {
            List<Entry> near = new ArrayList<>();
            for (int typos = 1; typos <= 2 && near.isEmpty(); typos++) {
                for (Entry e : registry.entries()) {
                    if (EditDistance.within(t, e.id(), typos) <= typos) {
                        near.add(e);
                    }
                }
            }
            return near.stream().map(Entry::id).limit(limit).toList();
        }
        return search(t, limit).stream().map(h -> h.entry().id()).toList();
    }

    /**
     * The option nearest to the input (case-insensitive, up to two typos, or an option that starts with the input),
     * for "did you mean" messages about names such as vendors and stacks.
     */
    public static Optional<String> nearest(String input, java.util.Collection<String> options) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String in = input.strip().toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String option : options) {
            String o = option.toLowerCase(java.util.Locale.ROOT);
            int d = o.startsWith(in) ? 1 : EditDistance.within(in, o, 2);
            if (d < bestDistance) {
                best = option;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}

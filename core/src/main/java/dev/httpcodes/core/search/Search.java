package dev.httpcodes.core.search;

import static dev.httpcodes.core.TextNormalizer.normalize;
import static dev.httpcodes.core.TextNormalizer.tokens;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ranked search over a registry. Ranking, best first: the exact code or id, then the codes that entry names as
 * related; the codes a synonym from the knowledge base stands for when the whole query is one of its terms (限流,
 * "timeout"), in the knowledge base's order; then text matches: a whole phrase or other name (also with a typo or
 * two), a whole title, a whole keyword, then every query word found, weighted by where it was found (phrase, title,
 * keywords, text) and how closely (as is, by prefix, with a typo), lifted a little by a synonym the query contains
 * and by a code number it names. Vendor meanings and sub-statuses count for less than standard codes unless the
 * query names a vendor, whose meanings then count for more. Among equal scores the registry order decides, so
 * standard meanings come first. Immutable and thread-safe once built.
 */
public final class Search {
    private static final double EXACT_CODE = 10_000;
    private static final double RELATED_TO_CODE = 5_000;
    private static final double SYNONYM = 3_000;
    private static final double WHOLE_NAME = 1_000;
    private static final double WHOLE_NAME_TYPO = 600;
    private static final double WHOLE_TITLE = 500;
    private static final double SYNONYM_WITHIN = 400;
    private static final double WHOLE_KEYWORD = 300;
    private static final double CODE_NUMBER = 200;
    /** Steps between the codes of one synonym or related list, so their order survives. */
    private static final double STEP = 10;
    /** Weight of a vendor meaning or sub-status when the query names no vendor. */
    private static final double NOT_STANDARD = 0.6;
    private static final double NAMED_VENDOR = 3;
    private static final double OTHER_THAN_NAMED_VENDOR = 0.5;

    private final Registry registry;
    private final Synonyms synonyms;
    private volatile SearchIndex index;
    private volatile VendorNames vendorNames;

    /** A search with the bundled synonyms. */
    public Search(Registry registry) {
        this(registry, Synonyms.standard());
    }

    public Search(Registry registry, Synonyms synonyms) {
        this.registry = registry;
        this.synonyms = synonyms;
    }

    /** The synonyms this search ranks by (the static export writes them into its client-side index). */
    public Synonyms synonyms() {
        return synonyms;
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

    private VendorNames vendorNames() {
        VendorNames built = vendorNames;
        if (built == null) {
            built = new VendorNames(registry.vendors());
            vendorNames = built;
        }
        return built;
    }

    /**
     * The entry a query names exactly (a code such as {@code 504} or {@code 404.13}, or an id such as
     * {@code 499.esri}), for a search box that opens that page instead of listing results; the standard meaning
     * when a number has several. Empty for anything else.
     */
    public Optional<Entry> exactEntry(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        List<Entry> exact = exactMatches(query);
        return exact.isEmpty() ? Optional.empty() : Optional.of(exact.get(0));
    }

    private List<Entry> exactMatches(String query) {
        Optional<StatusCode> code = StatusCode.tryParse(query.strip());
        return code.isPresent() ? registry.find(code.get()) : registry.findById(query.strip()).stream().toList();
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
        Query parsed = new Query(q, exactMatches(query), related(exactMatches(query)), synonyms.exact(q),
                synonyms.within(q), vendorNames().named(words), codeNumbers(words));
        SearchIndex idx = index();
        List<double[][]> matches = new ArrayList<>(words.size());
        for (String word : words) {
            matches.add(idx.matches(word));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (SearchDocument doc : idx.documents) {
            SearchHit hit = score(doc, parsed, matches);
            if (hit != null) {
                ranked.add(new Ranked(hit, doc.order));
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> r.hit.score()).reversed()
                .thenComparingInt(r -> r.order));
        return ranked.stream().limit(limit).map(Ranked::hit).toList();
    }

    /** The ids the exact matches name as related, in their order, for the places right after them. */
    private static List<String> related(List<Entry> exact) {
        List<String> ids = new ArrayList<>();
        for (Entry e : exact) {
            for (String id : e.related()) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The three-digit numbers among the query words ({@code iis 403}). */
    private static Set<Integer> codeNumbers(List<String> words) {
        Set<Integer> numbers = new HashSet<>();
        for (String w : words) {
            if (w.length() == 3 && w.chars().allMatch(c -> c >= '0' && c <= '9')) {
                numbers.add(Integer.parseInt(w));
            }
        }
        return numbers;
    }

    /** What one query asks for, worked out once before every document is scored. */
    private record Query(String normalized, List<Entry> exact, List<String> related, List<String> synonym,
            List<String> synonymWithin, Set<String> vendors, Set<Integer> codeNumbers) {
    }

    private static SearchHit score(SearchDocument doc, Query query, List<double[][]> matches) {
        String id = doc.entry.id();
        if (query.exact.contains(doc.entry)) {
            return new SearchHit(doc.entry, EXACT_CODE, "code");
        }
        if (query.related.contains(id)) {
            return new SearchHit(doc.entry, RELATED_TO_CODE - STEP * query.related.indexOf(id), "related");
        }
        if (query.synonym.contains(id)) {
            return new SearchHit(doc.entry, SYNONYM - STEP * query.synonym.indexOf(id), "synonym");
        }
        String q = query.normalized;
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
        if (query.synonymWithin.contains(id)) {
            bonus += SYNONYM_WITHIN - STEP * query.synonymWithin.indexOf(id);
            bonusField = bonusField == null ? "synonym" : bonusField;
        }
        if (query.codeNumbers.contains(doc.entry.code().code())) {
            bonus += CODE_NUMBER;
            bonusField = bonusField == null ? "code" : bonusField;
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
        double score = bonus + total / Math.max(1, matches.size());
        return new SearchHit(doc.entry, score * standingWeight(doc.entry, query.vendors), field);
    }

    /**
     * Standard codes before vendor meanings and sub-statuses, unless the query names a vendor: then that vendor's
     * meanings first.
     */
    private static double standingWeight(Entry entry, Set<String> namedVendors) {
        String vendor = entry.vendor().map(Label::id).orElse(null);
        if (!namedVendors.isEmpty()) {
            return vendor != null && namedVendors.contains(vendor) ? NAMED_VENDOR : OTHER_THAN_NAMED_VENDOR;
        }
        return vendor != null || entry.code().hasSubcode() ? NOT_STANDARD : 1;
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
        List<String> hits = search(t, limit).stream().map(h -> h.entry().id()).toList();
        return hits.isEmpty() ? nearestNames(normalize(t), limit) : hits;
    }

    /**
     * For words that matched nothing: the entries whose phrase or alias, or whose synonym term, is within a few
     * typos of the whole input (a third of its length, at most four), nearest first.
     */
    private List<String> nearestNames(String q, int limit) {
        if (q.length() < 4) {
            return List.of();
        }
        int max = Math.min(4, q.length() / 3);
        List<String> ids = new ArrayList<>();
        for (int d = 1; d <= max && ids.size() < limit; d++) {
            for (SearchDocument doc : index().documents) {
                for (String name : doc.names) {
                    if (EditDistance.within(q, name, d) == d && !ids.contains(doc.entry.id())) {
                        ids.add(doc.entry.id());
                    }
                }
            }
            for (String term : synonyms.terms()) {
                if (EditDistance.within(q, term, d) == d) {
                    for (String id : synonyms.exact(term)) {
                        if (!ids.contains(id) && registry.findById(id).isPresent()) {
                            ids.add(id);
                            break;
                        }
                    }
                }
            }
        }
        return ids.stream().limit(limit).toList();
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

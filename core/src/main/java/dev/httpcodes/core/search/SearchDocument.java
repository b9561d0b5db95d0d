package dev.httpcodes.core.search;

import static dev.httpcodes.core.TextNormalizer.isCjk;
import static dev.httpcodes.core.TextNormalizer.normalize;
import static dev.httpcodes.core.TextNormalizer.tokens;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An entry prepared for matching: the normalized text of each field and its set of words. */
final class SearchDocument {
    final Entry entry;
    final int order;
    /** Whole normalized names (phrase and aliases) and titles, for whole-query matches. */
    final List<String> names = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    /** Whole normalized keywords, for whole-query matches. */
    final Set<String> keywords = new HashSet<>();
    private final Map<Field, String> text = new EnumMap<>(Field.class);
    private final Map<Field, Set<String>> words = new EnumMap<>(Field.class);

    SearchDocument(Entry entry, int order) {
        this.entry = entry;
        this.order = order;
        names.add(normalize(entry.phrase()));
        entry.aliases().forEach(a -> names.add(normalize(a)));
        titles.add(normalize(entry.title().zh()));
        titles.add(normalize(entry.title().en()));
        put(Field.PHRASE, String.join(" | ", names));
        put(Field.TITLE, String.join(" | ", titles));
        List<String> keywords = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            entry.keywords(lang).forEach(k -> keywords.add(normalize(k)));
        }
        this.keywords.addAll(keywords);
        String vendor = entry.vendor().map(v -> normalize(v.name().en() + " " + v.name().zh() + " " + v.id()))
                .orElse("");
        put(Field.KEYWORDS, String.join(" | ", keywords) + " | " + vendor);
        put(Field.TEXT, normalize(entry.summary().zh() + " " + entry.summary().en() + " "
                + entry.description().zh() + " " + entry.description().en()));
    }

    private void put(Field field, String normalized) {
        text.put(field, normalized);
        Set<String> set = new HashSet<>();
        for (String t : tokens(normalized.replace("|", " "))) {
            if (!isCjk(t)) {
                set.add(t);
            }
        }
        words.put(field, set);
    }

    /** The distinct Latin words of a field, from which {@link SearchIndex} builds its postings. */
    Set<String> words(Field field) {
        return words.get(field);
    }

    /**
     * How well a Chinese query run matches a field, from 0 to 1: as a substring, or by the share of its character
     * pairs found (Chinese has no spaces to split words on).
     */
    double chineseMatch(Field field, String token) {
        String t = text.get(field);
        if (t.contains(token)) {
            return 1.0;
        }
        return token.length() >= 3 ? 0.6 * bigramShare(token, t) : 0;
    }

    /** Share of the token's character pairs found in the text; at least half must be there to count. */
    private static double bigramShare(String token, String text) {
        int pairs = token.length() - 1;
        int found = 0;
        for (int i = 0; i < pairs; i++) {
            if (text.contains(token.substring(i, i + 2))) {
                found++;
            }
        }
        double share = (double) found / pairs;
        return share >= 0.5 ? share : 0;
    }
}

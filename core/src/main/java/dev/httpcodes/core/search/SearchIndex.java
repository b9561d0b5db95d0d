package dev.httpcodes.core.search;

import static dev.httpcodes.core.TextNormalizer.isCjk;

import dev.httpcodes.core.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared documents and, for Latin words, postings from each distinct word to the fields it occurs in. A query
 * word is compared once with each distinct word (exact, prefix, typo) instead of once per occurrence, which makes a
 * typo-tolerant search about ten times cheaper.
 */
final class SearchIndex {
    private static final Field[] FIELDS = Field.values();

    final List<SearchDocument> documents;
    /** Word → postings, each {@code document * FIELDS.length + field ordinal}. */
    private final Map<String, int[]> postings;

    SearchIndex(List<Entry> entries) {
        List<SearchDocument> docs = new ArrayList<>(entries.size());
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            SearchDocument doc = new SearchDocument(entries.get(i), i);
            docs.add(doc);
            for (Field field : FIELDS) {
                for (String word : doc.words(field)) {
                    lists.computeIfAbsent(word, w -> new ArrayList<>()).add(i * FIELDS.length + field.ordinal());
                }
            }
        }
        Map<String, int[]> compact = new HashMap<>(lists.size() * 2);
        lists.forEach((word, list) -> compact.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        this.documents = List.copyOf(docs);
        this.postings = compact;
    }

    /**
     * How well a query word matches each field of each document, from 0 (not at all) to 1 (the word is there as it
     * is): Latin words match whole (1), by prefix (0.8) or with a typo or two (0.6); Chinese runs as substrings.
     */
    double[][] matches(String token) {
        double[][] best = new double[documents.size()][FIELDS.length];
        if (isCjk(token)) {
            for (SearchDocument doc : documents) {
                for (Field field : FIELDS) {
                    best[doc.order][field.ordinal()] = doc.chineseMatch(field, token);
                }
            }
            return best;
        }
        int typos = EditDistance.allowedTypos(token.length());
        for (Map.Entry<String, int[]> e : postings.entrySet()) {
            String word = e.getKey();
            double quality;
            if (word.equals(token)) {
                quality = 1.0;
            } else if (token.length() >= 3 && word.startsWith(token)) {
                quality = 0.8;
            } else if (typos > 0 && EditDistance.within(token, word, typos) <= typos) {
                quality = 0.6;
            } else {
                continue;
            }
            for (int posting : e.getValue()) {
                double[] row = best[posting / FIELDS.length];
                int field = posting % FIELDS.length;
                row[field] = Math.max(row[field], quality);
            }
        }
        return best;
    }
}

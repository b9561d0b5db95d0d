package dev.httpcodes.core.search;

import dev.httpcodes.core.Entry;

/**
 * One search result.
 *
 * @param score higher is better; only the order between hits of one search is meaningful
 * @param field what matched best: {@code code}, {@code related} (named as related by the exact code), {@code synonym},
 *     {@code phrase}, {@code title}, {@code keywords} or {@code text}
 */
public record SearchHit(Entry entry, double score, String field) {
}

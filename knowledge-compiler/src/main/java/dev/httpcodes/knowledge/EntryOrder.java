package dev.httpcodes.knowledge;

import java.util.Comparator;
import tools.jackson.databind.JsonNode;

/**
 * The one order of entries in the compiled registry: by code, then sub-status (none first), then the plain id of a
 * number before its alternative meanings, then registered standings before unofficial and vendor ones. Lookups
 * return meanings in this order, so "standard first" is decided here, once.
 */
final class EntryOrder {
    private EntryOrder() {
    }

    /** The order, with standings ranked as the taxonomy lists them (which core's {@code Standing} enum follows). */
    static Comparator<SourceFile> of(Standings standings) {
        return Comparator.comparingInt((SourceFile f) -> f.node().path("code").asInt())
                .thenComparingInt(f -> subcode(f.node()))
                .thenComparingInt(f -> isVariant(f.id()) ? 1 : 0)
                .thenComparingInt(f -> standings.rank(f.node().path("standing").asString()))
                .thenComparing(SourceFile::id);
    }

    private static int subcode(JsonNode node) {
        return node.path("subcode").isNumber() ? node.path("subcode").asInt() : -1;
    }

    /** An id with a name suffix ({@code 499.esri}) is an alternative meaning of its number. */
    private static boolean isVariant(String id) {
        return id.chars().anyMatch(Character::isLetter);
    }
}

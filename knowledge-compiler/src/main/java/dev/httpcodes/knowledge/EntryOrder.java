package dev.httpcodes.knowledge;

import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The one order of entries in the compiled registry: by code, then sub-status (none first), then the plain id of a
 * number before its alternative meanings, then registered standings before unofficial and vendor ones. Lookups
 * return meanings in this order, so "standard first" is decided here, once.
 */
final class EntryOrder {
    private static final List<String> STANDINGS =
            List.of("standard", "temporary", "deprecated", "obsolete", "unused", "unofficial", "vendor");

    static final Comparator<SourceFile> ORDER = Comparator
            .comparingInt((SourceFile f) -> f.node().path("code").asInt())
            .thenComparingInt(f -> subcode(f.node()))
            .thenComparingInt(f -> isVariant(f.id()) ? 1 : 0)
            .thenComparingInt(f -> STANDINGS.indexOf(f.node().path("standing").asString()))
            .thenComparing(SourceFile::id);

    private EntryOrder() {
    }

    private static int subcode(JsonNode node) {
        return node.path("subcode").isNumber() ? node.path("subcode").asInt() : -1;
    }

    /** An id with a name suffix ({@code 499.esri}) is an alternative meaning of its number. */
    private static boolean isVariant(String id) {
        return id.chars().anyMatch(Character::isLetter);
    }
}

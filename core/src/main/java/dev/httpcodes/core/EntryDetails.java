package dev.httpcodes.core;

import java.util.List;
import java.util.Optional;

/** The part of an entry decoded on first use. */
record EntryDetails(LocalizedText summary, LocalizedText description, Optional<LocalizedText> history,
        List<Reference> references, Optional<Semantics> semantics, List<String> related, List<String> keywordsZh,
        List<String> keywordsEn, List<Troubleshooting> troubleshooting, List<LocalizedText> misconceptions) {

    /** Where an entry's details come from. */
    @FunctionalInterface
    interface Source {
        EntryDetails decode();
    }
}

package dev.httpcodes.core;

import java.util.List;
import java.util.Optional;

/**
 * One meaning of one status code, with everything the knowledge base holds about it. What lookups and listings need
 * is read eagerly; the longer texts are decoded on first use.
 */
public final class Entry {
    private final String id;
    private final StatusCode code;
    private final Standing standing;
    private final Optional<Label> vendor;
    private final String phrase;
    private final List<String> aliases;
    private final LocalizedText title;
    private final EntryDetails.Source detailSource;
    private volatile EntryDetails details;

    Entry(String id, StatusCode code, Standing standing, Optional<Label> vendor, String phrase, List<String> aliases,
            LocalizedText title, EntryDetails.Source detailSource) {
        this.id = id;
        this.code = code;
        this.standing = standing;
        this.vendor = vendor;
        this.phrase = phrase;
        this.aliases = aliases;
        this.title = title;
        this.detailSource = detailSource;
    }

    /** Unique id: {@code 404}, {@code 403.14}, {@code 499.esri}. */
    public String id() {
        return id;
    }

    public StatusCode code() {
        return code;
    }

    public StatusClass statusClass() {
        return code.statusClass();
    }

    public Standing standing() {
        return standing;
    }

    /** The vendor that defines this meaning, for vendor codes (and some unofficial ones). */
    public Optional<Label> vendor() {
        return vendor;
    }

    /** The IANA phrase for registered codes; the vendor's own name otherwise. */
    public String phrase() {
        return phrase;
    }

    /** Other names people know the code by. */
    public List<String> aliases() {
        return aliases;
    }

    public LocalizedText title() {
        return title;
    }

    /** Search words in one language. */
    public List<String> keywords(Lang lang) {
        return lang == Lang.ZH ? details().keywordsZh() : details().keywordsEn();
    }

    public LocalizedText summary() {
        return details().summary();
    }

    public LocalizedText description() {
        return details().description();
    }

    /** Origin, renames and drafts. */
    public Optional<LocalizedText> history() {
        return details().history();
    }

    public List<Reference> references() {
        return details().references();
    }

    /** HTTP semantics; present for registered codes. */
    public Optional<Semantics> semantics() {
        return details().semantics();
    }

    /** Ids of entries worth comparing with this one. */
    public List<String> related() {
        return details().related();
    }

    public List<Troubleshooting> troubleshooting() {
        return details().troubleshooting();
    }

    /**
     * Common misconceptions: widespread beliefs or advice about this code that are wrong, each with its
     * correction; empty for most entries.
     */
    public List<LocalizedText> misconceptions() {
        return details().misconceptions();
    }

    private EntryDetails details() {
        EntryDetails d = details;
        if (d == null) {
            // Decoding twice in a race is harmless: the result is immutable and equal.
            d = detailSource.decode();
            details = d;
        }
        return d;
    }

    @Override
    public String toString() {
        return id + " " + phrase;
    }
}

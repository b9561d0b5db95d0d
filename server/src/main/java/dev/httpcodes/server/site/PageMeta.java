package dev.httpcodes.server.site;

import java.util.Objects;
import java.util.Optional;

/**
 * What a page tells search engines and link previews about itself.
 *
 * @param title       the document title, whole (site name included)
 * @param description plain text in the page's language, already trimmed (see {@link Descriptions})
 * @param address     which page, for its canonical and alternate URLs
 * @param ogType      {@code website} or {@code article}
 * @param jsonLd      structured data for the page, as JSON text; empty for none
 */
public record PageMeta(String title, String description, PageAddress address, String ogType,
        Optional<String> jsonLd) {
    public PageMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(ogType, "ogType");
        Objects.requireNonNull(jsonLd, "jsonLd");
    }

    /** A page without structured data. */
    public static PageMeta of(String title, String description, PageAddress address) {
        return new PageMeta(title, Descriptions.trim(description), address, "website", Optional.empty());
    }

    public PageMeta withJsonLd(String json, String type) {
        return new PageMeta(title, description, address, type, Optional.of(json));
    }
}

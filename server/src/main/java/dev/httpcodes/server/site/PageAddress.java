package dev.httpcodes.server.site;

import java.util.List;
import java.util.Objects;

/**
 * Which page, independent of language and of where the site is hosted; {@link SiteUrls} turns it into a path. The
 * arguments are entry ids or a search text; they are percent-encoded when the path is built, so an address made from
 * request input can only ever name a path on this site.
 *
 * @param query the query string without {@code ?}, already encoded (empty for none)
 */
public record PageAddress(Kind kind, List<String> args, String query) {
    /** The kinds of page and the path each has below the language. */
    public enum Kind {
        HOME(""), ENTRY("/codes/"), SEARCH("/search"), COMPARE_INDEX("/compare"), COMPARE("/compare/"),
        WHICH("/which");

        final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    public PageAddress {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
        Objects.requireNonNull(query, "query");
    }

    public static PageAddress home() {
        return new PageAddress(Kind.HOME, List.of(), "");
    }

    /** The home page with its filters, already encoded ({@code standing=vendor&vendor=nginx}). */
    public static PageAddress home(String filterQuery) {
        return new PageAddress(Kind.HOME, List.of(), filterQuery);
    }

    public static PageAddress entry(String id) {
        return new PageAddress(Kind.ENTRY, List.of(id), "");
    }

    /** Search results for {@code q}; an empty {@code q} is the search page itself (the form's action). */
    public static PageAddress search(String q) {
        return new PageAddress(Kind.SEARCH, List.of(), q.isEmpty() ? "" : "q=" + SiteUrls.encodeQuery(q));
    }

    public static PageAddress compareIndex() {
        return new PageAddress(Kind.COMPARE_INDEX, List.of(), "");
    }

    public static PageAddress compare(String a, String b) {
        return new PageAddress(Kind.COMPARE, List.of(a, b), "");
    }

    public static PageAddress which() {
        return new PageAddress(Kind.WHICH, List.of(), "");
    }

    /** Pages a search engine should keep: not search results, not filtered views of the home page. */
    public boolean indexable() {
        return kind != Kind.SEARCH && query.isEmpty();
    }

    /** The path below the language, without query: {@code /codes/404}, {@code /compare/401/403}, or empty. */
    String tail() {
        StringBuilder b = new StringBuilder(kind.path);
        for (int i = 0; i < args.size(); i++) {
            b.append(i > 0 ? "/" : "").append(SiteUrls.encodeSegment(args.get(i)));
        }
        return b.toString();
    }
}

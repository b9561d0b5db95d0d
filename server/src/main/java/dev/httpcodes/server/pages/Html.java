package dev.httpcodes.server.pages;

import dev.httpcodes.ui.HtmlEscape;

/** HTML escaping (everything the server echoes or takes from the knowledge base goes through here) and URL encoding. */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    public static String esc(String s) {
        return HtmlEscape.escape(s);
    }

    /** A knowledge text as element content: escaped, its backtick code spans as {@code <code>}. */
    static String text(String marked) {
        return HtmlEscape.markup(marked);
    }

    /** Percent-encodes a value for a query string. */
    public static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

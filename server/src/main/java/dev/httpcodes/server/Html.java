package dev.httpcodes.server;

import dev.httpcodes.core.ui.HtmlEscape;

/** HTML escaping (everything the server echoes or takes from the knowledge base goes through here) and URL encoding. */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static String esc(String s) {
        return HtmlEscape.escape(s);
    }

    /** Percent-encodes a value for a query string. */
    static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

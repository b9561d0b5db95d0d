package dev.httpcodes.server.site;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.server.protocol.Responses;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structured data (schema.org as JSON-LD). The home page is a {@code WebSite} with a {@code SearchAction}, so a
 * search engine can offer the site's search. An entry page is a {@code DefinedTerm}: it defines one code of a
 * fixed vocabulary, the code is its {@code termCode}, and every entry belongs to the one {@code DefinedTermSet} of
 * HTTP status codes. ({@code TechArticle} would describe the prose but not that the page is about one code.)
 */
public final class JsonLd {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String CONTEXT = "https://schema.org";

    private JsonLd() {
    }

    /** The home page: the site and how to search it. */
    public static String website(Lang lang, SiteUrls urls, String description) {
        ObjectNode site = MAPPER.createObjectNode().put("@context", CONTEXT).put("@type", "WebSite")
                .put("name", "httpcodes").put("url", urls.absolute(urls.path(PageAddress.home(), lang)))
                .put("inLanguage", lang.tag()).put("description", description);
        ObjectNode action = site.putObject("potentialAction").put("@type", "SearchAction");
        String search = urls.absolute(urls.path(PageAddress.search(""), lang));
        action.putObject("target").put("@type", "EntryPoint").put("urlTemplate", search + "?q={search_term_string}");
        action.put("query-input", "required name=search_term_string");
        return write(site);
    }

    /** An entry page: the code as a term of the set of HTTP status codes. */
    public static String entry(Entry e, Lang lang, SiteUrls urls, String description, String setName) {
        ObjectNode term = MAPPER.createObjectNode().put("@context", CONTEXT).put("@type", "DefinedTerm")
                .put("name", e.id() + " " + e.phrase()).put("termCode", e.id())
                .put("url", urls.absolute(urls.path(PageAddress.entry(e.id()), lang)))
                .put("inLanguage", lang.tag()).put("description", description);
        if (lang == Lang.ZH) {
            term.put("alternateName", e.id() + " " + e.title().zh());
        }
        term.putObject("inDefinedTermSet").put("@type", "DefinedTermSet").put("name", setName)
                .put("url", urls.absolute(urls.path(PageAddress.home(), lang)));
        return write(term);
    }

    private static String write(ObjectNode node) {
        // Escaping < > & keeps any text from closing the script element it is embedded in.
        return Responses.htmlSafe(MAPPER.writeValueAsString(node));
    }
}

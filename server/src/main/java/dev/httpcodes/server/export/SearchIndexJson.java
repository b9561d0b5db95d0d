package dev.httpcodes.server.export;

import static dev.httpcodes.core.TextNormalizer.normalize;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.search.Synonyms;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client-side search index of a static export ({@code assets/search-index.json}), read by
 * {@code offline-search.js}: per entry what the browser shows (id, phrase, title and summary in both languages)
 * and what it matches on, already normalized as the core's search normalizes text; and the synonyms from the
 * knowledge base, so the browser ranks 限流 or "timeout" as the server does.
 */
final class SearchIndexJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SearchIndexJson() {
    }

    static String of(Registry registry, Synonyms synonyms) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode entries = root.putArray("entries");
        for (Entry e : registry.entries()) {
            ObjectNode o = entries.addObject();
            o.put("id", e.id());
            o.put("code", e.code().code());
            o.put("sub", e.code().hasSubcode());
            o.put("phrase", e.phrase());
            text(o.putObject("title"), e.title().zh(), e.title().en());
            text(o.putObject("summary"), e.summary().zh(), e.summary().en());
            ArrayNode names = o.putArray("names");
            names.add(normalize(e.phrase()));
            e.aliases().forEach(a -> names.add(normalize(a)));
            o.putArray("titles").add(normalize(e.title().zh())).add(normalize(e.title().en()));
            ArrayNode keywords = o.putArray("keywords");
            for (Lang lang : Lang.values()) {
                e.keywords(lang).forEach(k -> keywords.add(normalize(k)));
            }
            o.put("text", normalize(e.summary().zh() + " " + e.summary().en()));
            ArrayNode related = o.putArray("related");
            e.related().forEach(related::add);
            e.vendor().ifPresent(v -> o.put("vendor", v.id()));
        }
        ObjectNode vendors = root.putObject("vendors");
        for (Label v : registry.vendors()) {
            vendors.put(v.id(), normalize(v.name().en()));
        }
        ObjectNode terms = root.putObject("synonyms");
        synonyms.asMap().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> {
            ArrayNode ids = terms.putArray(t.getKey());
            List<String> codes = t.getValue();
            codes.forEach(ids::add);
        });
        return MAPPER.writeValueAsString(root);
    }

    private static void text(ObjectNode o, String zh, String en) {
        o.put("zh", zh);
        o.put("en", en);
    }
}

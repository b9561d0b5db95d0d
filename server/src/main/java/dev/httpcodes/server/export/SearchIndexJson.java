package dev.httpcodes.server.export;

import static dev.httpcodes.core.TextNormalizer.normalize;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.search.Synonyms;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The client-side search index of a static export ({@code assets/search-index.json}), read by
 * {@code offline-search.js}: per entry what the browser shows (id, phrase, title and summary in both languages)
 * and what it matches on, already normalized as the core's search normalizes text; and the synonyms from the
 * knowledge base, so the browser ranks 限流 or "timeout" as the server does.
 */
final class SearchIndexJson {
    private SearchIndexJson() {
    }

    static String of(Registry registry, Synonyms synonyms) {
        JsonArray entries = new JsonArray();
        for (Entry e : registry.entries()) {
            List<String> names = new ArrayList<>();
            names.add(normalize(e.phrase()));
            e.aliases().forEach(a -> names.add(normalize(a)));
            List<String> keywords = new ArrayList<>();
            for (Lang lang : Lang.values()) {
                e.keywords(lang).forEach(k -> keywords.add(normalize(k)));
            }
            JsonObject o = new JsonObject()
                    .put("id", e.id())
                    .put("code", e.code().code())
                    .put("sub", e.code().hasSubcode())
                    .put("phrase", e.phrase())
                    .put("title", text(e.title().zh(), e.title().en()))
                    .put("summary", text(e.summary().zh(), e.summary().en()))
                    .put("names", new JsonArray(names))
                    .put("titles", new JsonArray(List.of(normalize(e.title().zh()), normalize(e.title().en()))))
                    .put("keywords", new JsonArray(keywords))
                    .put("text", normalize(e.summary().zh() + " " + e.summary().en()))
                    .put("related", new JsonArray(e.related()));
            e.vendor().ifPresent(v -> o.put("vendor", v.id()));
            entries.add(o);
        }
        JsonObject vendors = new JsonObject();
        for (Label v : registry.vendors()) {
            vendors.put(v.id(), normalize(v.name().en()));
        }
        JsonObject terms = new JsonObject();
        synonyms.asMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(t -> terms.put(t.getKey(), new JsonArray(t.getValue())));
        return new JsonObject().put("entries", entries).put("vendors", vendors).put("synonyms", terms).encode();
    }

    private static JsonObject text(String zh, String en) {
        return new JsonObject().put("zh", zh).put("en", en);
    }
}

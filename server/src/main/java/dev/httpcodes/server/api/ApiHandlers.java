package dev.httpcodes.server.api;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.InvalidFilterException;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusCode;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.core.search.SearchHit;
import dev.httpcodes.json.EntryJson;
import dev.httpcodes.server.Limits;
import dev.httpcodes.server.protocol.FilterQuery;
import dev.httpcodes.server.protocol.LanguageChoice;
import dev.httpcodes.server.protocol.Responses;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The JSON API under {@code /api}: the same entry objects as the CLI's {@code --json}, from the same serializer. */
public final class ApiHandlers {
    /** What an id or code may look like before it is looked up; anything else is malformed (400). */
    public static final Pattern ID = Pattern.compile("^[0-9]{3}([.\\-][0-9]{1,3})?(\\.[a-z][a-z0-9-]{0,30})?$");
    private static final String VARY = "Accept-Language";

    private final Registry registry;
    private final Search search;
    private final String openApi;

    public ApiHandlers(Registry registry, Search search) {
        this.registry = registry;
        this.search = search;
        try (InputStream in = ApiHandlers.class.getResourceAsStream("/dev/httpcodes/server/openapi.json")) {
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json is missing from the server jar", e);
        }
    }

    /** {@code GET /api/v1/codes?class=&standing=&vendor=&code=}. */
    public void list(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        EntryFilter filter;
        try {
            filter = FilterQuery.parse(ctx, registry);
        } catch (InvalidFilterException e) {
            Responses.problem(ctx, registry, lang, 400, FilterQuery.message(e, lang), FilterQuery.nearest(e));
            return;
        }
        List<Entry> entries = registry.list(filter);
        String codeParam = ctx.request().getParam("code");
        if (codeParam != null) {
            Optional<StatusCode> code = StatusCode.tryParse(codeParam);
            if (code.isEmpty()) {
                Responses.problem(ctx, registry, lang, 400, StatusCode.describeInvalid(truncate(codeParam)),
                        List.of());
                return;
            }
            List<Entry> meanings = registry.find(code.get());
            entries = entries.stream().filter(meanings::contains).toList();
        }
        Responses.json(ctx, new EntryJson(registry, lang).array(entries), VARY);
    }

    /** {@code GET /api/v1/codes/{id}}: one entry by id ({@code 404}, {@code 403.14}, {@code 500-11}, {@code 499.esri}). */
    public void one(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            Responses.problem(ctx, registry, lang, 400, "\"" + truncate(id) + "\" is not an entry id: expected a "
                    + "code such as 404, a sub-status such as 403.14 or 500-11, or an id such as 499.esri",
                    search.suggest(truncate(id), 3));
            return;
        }
        Optional<Entry> entry = registry.findById(id);
        if (entry.isEmpty()) {
            Responses.problem(ctx, registry, lang, 404, "no status code matches \"" + id + "\"",
                    search.suggest(id, 3));
            return;
        }
        Responses.json(ctx, new EntryJson(registry, lang).entry(entry.get()), VARY);
    }

    /** {@code GET /api/v1/search?q=&limit=}: ranked matches. */
    public void search(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        String q = ctx.request().getParam("q");
        if (q == null || q.isBlank()) {
            Responses.problem(ctx, registry, lang, 400, "the query parameter q is required", List.of());
            return;
        }
        if (q.length() > Limits.MAX_QUERY) {
            Responses.problem(ctx, registry, lang, 400,
                    "q is longer than " + Limits.MAX_QUERY + " characters", List.of());
            return;
        }
        Optional<Integer> limit = limit(ctx, lang);
        if (limit.isEmpty()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (SearchHit hit : search.search(q, limit.get())) {
            entries.add(hit.entry());
        }
        Responses.json(ctx, new EntryJson(registry, lang).array(entries), VARY);
    }

    /** {@code GET /api/openapi.json}. */
    public void openApi(RoutingContext ctx) {
        Responses.send(ctx, 200, Responses.JSON, openApi, Responses.CACHE_PUBLIC, null);
    }

    /** The {@code limit} parameter, 1 to {@link Limits#MAX_RESULTS}; empty after answering 400 when it is bad. */
    private Optional<Integer> limit(RoutingContext ctx, Lang lang) {
        String value = ctx.request().getParam("limit");
        if (value == null) {
            return Optional.of(Limits.DEFAULT_RESULTS);
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= Limits.MAX_RESULTS) {
                return Optional.of(limit);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        Responses.problem(ctx, registry, lang, 400, "limit must be a number from 1 to " + Limits.MAX_RESULTS
                + ", not \"" + truncate(value) + "\"", List.of());
        return Optional.empty();
    }

    /** Echoed input is shortened, so an error never reflects a megabyte back. */
    public static String truncate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "…";
    }
}

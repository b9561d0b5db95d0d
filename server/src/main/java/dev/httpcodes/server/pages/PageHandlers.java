package dev.httpcodes.server.pages;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Standing;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.core.search.SearchHit;
import dev.httpcodes.server.Limits;
import dev.httpcodes.server.api.ApiHandlers;
import dev.httpcodes.server.protocol.LanguageChoice;
import dev.httpcodes.server.protocol.Responses;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The HTML pages of the web reference. */
public final class PageHandlers {
    /**
     * Longest input a 404 looks for suggestions for: a typo of a code or a word is short, and the fuzzy search of
     * a long path would only cost time on the event loop.
     */
    static final int MAX_SUGGESTED_INPUT = 40;
    /** Pages vary with the language, chosen from these request headers. */
    static final String VARY = "Accept-Language, Cookie";

    private final Registry registry;
    private final Search search;
    private final HomePage home;
    private final EntryPage entryPage;
    private final Supplier<String> origin;

    /** @param origin the scheme and authority for example commands: the configured public URL, never the Host */
    public PageHandlers(Registry registry, Search search, Supplier<String> origin) {
        this.registry = registry;
        this.search = search;
        this.origin = origin;
        this.home = new HomePage(registry);
        this.entryPage = new EntryPage(registry);
    }

    public void home(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        LanguageChoice.remember(ctx);
        EntryFilter filter = EntryFilter.all();
        String standing = ctx.request().getParam("standing");
        Optional<Standing> s = standing == null || standing.isEmpty() ? Optional.empty() : Standing.fromId(standing);
        if (s.isPresent()) {
            filter = filter.withStanding(s.get());
        }
        String vendor = ctx.request().getParam("vendor");
        if (vendor != null && registry.vendor(vendor).isPresent()) {
            filter = filter.byVendor(vendor);
        }
        String self = "/" + query("standing", s.map(Standing::id).orElse(null),
                "vendor", vendor != null && registry.vendor(vendor).isPresent() ? vendor : null);
        html(ctx, 200, Layout.page(lang, "HTTP status codes", self, "", home.render(lang, filter)));
    }

    public void entry(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        LanguageChoice.remember(ctx);
        String id = ctx.pathParam("id");
        Optional<Entry> entry = ApiHandlers.ID.matcher(id).matches() ? registry.findById(id) : Optional.empty();
        if (entry.isEmpty()) {
            notFound(ctx, id);
            return;
        }
        Entry e = entry.get();
        String title = e.id() + " " + e.phrase();
        html(ctx, 200, Layout.page(lang, title, "/codes/" + e.id(), "", entryPage.render(e, lang, origin.get())));
    }

    public void search(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        LanguageChoice.remember(ctx);
        String q = ctx.request().getParam("q");
        if (q == null || q.isBlank()) {
            ctx.response().setStatusCode(303).putHeader("Location", "/").end();
            return;
        }
        if (q.length() > Limits.MAX_QUERY) {
            Responses.problem(ctx, registry, lang, 400, "q is longer than " + Limits.MAX_QUERY + " characters",
                    List.of());
            return;
        }
        List<SearchHit> hits = search.search(q, Limits.DEFAULT_RESULTS);
        html(ctx, 200, Layout.page(lang, q, "/search?q=" + Html.url(q), q, SearchPage.render(lang, q, hits)));
    }

    /** Unknown code or path: an HTML page with suggestions for browsers, problem details for everyone else. */
    public void notFound(RoutingContext ctx, String input) {
        Lang lang = LanguageChoice.of(ctx);
        List<String> suggestions = input.length() <= MAX_SUGGESTED_INPUT ? search.suggest(input, 3) : List.of();
        if (wantsHtml(ctx)) {
            html(ctx, 404, Layout.page(lang, "404", ctx.request().path(), "",
                    NotFoundPage.render(registry, lang, input, suggestions)));
        } else {
            Responses.problem(ctx, registry, lang, 404, "no status code matches \"" + ApiHandlers.truncate(input)
                    + "\"", suggestions);
        }
    }

    private void html(RoutingContext ctx, int status, String page) {
        Responses.send(ctx, status, Responses.HTML, page, status == 200 ? Responses.CACHE_PUBLIC
                : Responses.CACHE_ERROR, VARY + ", Accept");
    }

    /** A browser asks for HTML explicitly; API clients and tools usually do not. */
    static boolean wantsHtml(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.contains("text/html") && !ctx.request().path().startsWith("/api/");
    }

    private static String query(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                b.append(b.length() == 0 ? '?' : '&').append(pairs[i]).append('=').append(Html.url(pairs[i + 1]));
            }
        }
        return b.toString();
    }
}

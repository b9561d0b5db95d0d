package dev.httpcodes.server.pages;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.InvalidFilterException;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Standing;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.core.search.SearchHit;
import dev.httpcodes.server.Limits;
import dev.httpcodes.server.api.ApiHandlers;
import dev.httpcodes.server.protocol.AcceptedType;
import dev.httpcodes.server.protocol.FilterQuery;
import dev.httpcodes.server.protocol.LanguageChoice;
import dev.httpcodes.server.protocol.Responses;
import dev.httpcodes.server.site.JsonLd;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.PageMeta;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.UiText;
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
    /**
     * Pages carry their language in the path, so they do not vary with the language headers; a 404 varies with
     * Accept (an HTML page for browsers, problem details for the rest).
     */
    static final String VARY = "Accept";

    private final Registry registry;
    private final Search search;
    private final HomePage home;
    private final EntryPage entryPage;
    private final SiteUrls urls;
    private final Supplier<String> origin;

    /**
     * @param urls   where pages link to and the absolute URLs in their heads
     * @param origin the scheme and authority for example commands: the configured public URL, never the Host
     */
    public PageHandlers(Registry registry, Search search, SiteUrls urls, Supplier<String> origin) {
        this.registry = registry;
        this.search = search;
        this.urls = urls;
        this.origin = origin;
        this.home = new HomePage(registry, urls);
        this.entryPage = new EntryPage(registry, urls);
    }

    public void home(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        EntryFilter filter;
        try {
            filter = FilterQuery.parse(ctx, registry);
        } catch (InvalidFilterException e) {
            badRequest(ctx, lang, FilterQuery.message(e, lang), FilterQuery.nearest(e));
            return;
        }
        String self = query("class", filter.statusClass().map(StatusClass::id).orElse(null),
                "standing", filter.standing().map(Standing::id).orElse(null), "vendor", filter.vendor().orElse(null));
        html(ctx, 200, homeHtml(lang, filter, PageAddress.home(self)));
    }

    /** The home page, filtered; {@code address} names the filters, for its links and head. */
    public String homeHtml(Lang lang, EntryFilter filter, PageAddress address) {
        String description = UiText.TAGLINE.in(lang);
        PageMeta meta = PageMeta.of(title(UiText.CODE_SET.in(lang)), description, address);
        if (address.indexable()) {
            meta = meta.withJsonLd(JsonLd.website(lang, urls, meta.description()), "website");
        }
        return Layout.page(lang, meta, urls, "", home.render(lang, filter));
    }

    public void entry(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        String id = ctx.pathParam("id");
        Optional<Entry> entry = ApiHandlers.ID.matcher(id).matches() ? registry.findById(id) : Optional.empty();
        if (entry.isEmpty()) {
            notFound(ctx, id);
            return;
        }
        html(ctx, 200, entryHtml(entry.get(), lang));
    }

    public String entryHtml(Entry e, Lang lang) {
        PageMeta meta = PageMeta.of(title(EntryPage.name(e, lang)), e.summary().in(lang), PageAddress.entry(e.id()));
        meta = meta.withJsonLd(JsonLd.entry(e, lang, urls, meta.description(), UiText.CODE_SET.in(lang)), "article");
        return Layout.page(lang, meta, urls, "", entryPage.render(e, lang, origin.get()));
    }

    public void search(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        String q = ctx.request().getParam("q");
        if (q == null || q.isBlank()) {
            ctx.response().setStatusCode(303).putHeader("Location", urls.path(PageAddress.home(), lang)).end();
            return;
        }
        if (q.length() > Limits.MAX_QUERY) {
            Responses.problem(ctx, registry, lang, 400, "q is longer than " + Limits.MAX_QUERY + " characters",
                    List.of());
            return;
        }
        Optional<Entry> exact = search.exactEntry(q);
        if (exact.isPresent()) {
            // A code typed into the box means its page, not a list with that page first.
            ctx.response().setStatusCode(303).putHeader("Location", urls.path(PageAddress.entry(exact.get().id()), lang))
                    .end();
            return;
        }
        html(ctx, 200, searchHtml(lang, q, search.search(q, Limits.DEFAULT_RESULTS)));
    }

    /** Results for {@code q}; with an empty {@code q}, the static export's search page, filled in by its script. */
    public String searchHtml(Lang lang, String q, List<SearchHit> hits) {
        String title = q.isEmpty() ? UiText.SEARCH.in(lang) : UiText.RESULTS_FOR.format(lang, q);
        PageMeta meta = PageMeta.of(title(title), title, PageAddress.search(q));
        List<String> suggestions = hits.isEmpty() && !q.isEmpty() && q.length() <= MAX_SUGGESTED_INPUT
                ? search.suggest(q, 3) : List.of();
        return Layout.page(lang, meta, urls, q, SearchPage.render(urls, lang, q, hits, registry, suggestions));
    }

    /**
     * Unknown code or path: an HTML page for browsers, problem details for everyone else. Input that reads as a
     * code is explained (its class and range, the nearest real codes); other input gets "did you mean" links.
     */
    public void notFound(RoutingContext ctx, String input) {
        Lang lang = LanguageChoice.of(ctx);
        UnknownCode unknown = UnknownCode.of(registry, input);
        List<String> suggestions = unknown.nearest().isEmpty() && input.length() <= MAX_SUGGESTED_INPUT
                ? search.suggest(input, 3) : unknown.nearest().stream().map(Entry::id).limit(8).toList();
        if (!ctx.request().path().startsWith("/api/") && AcceptedType.wantsHtml(ctx)) {
            html(ctx, 404, notFoundHtml(lang, input, suggestions));
        } else {
            Responses.problem(ctx, registry, lang, 404, "no status code matches \"" + ApiHandlers.truncate(input)
                    + "\"", suggestions);
        }
    }

    /** The not-found page; its head names the search for the input (a 404 has no address of its own to index). */
    public String notFoundHtml(Lang lang, String input, List<String> suggestions) {
        String body = NotFoundPage.render(registry, urls, lang, UnknownCode.of(registry, input), suggestions);
        PageMeta meta = PageMeta.of(title(EntryPage.name(registry.getById("404"), lang)),
                UiText.NOT_FOUND_ONE.format(lang, "“" + ApiHandlers.truncate(input) + "”"), PageAddress.search(input));
        return Layout.page(lang, meta, urls, "", body);
    }

    /** A page request with a bad parameter: a page saying what is wrong for browsers, problem details otherwise. */
    private void badRequest(RoutingContext ctx, Lang lang, String detail, List<String> suggestions) {
        if (AcceptedType.wantsHtml(ctx)) {
            Entry status = registry.getById("400");
            PageMeta meta = PageMeta.of(title(EntryPage.name(status, lang)), detail, PageAddress.home());
            html(ctx, 400, Layout.page(lang, meta, urls, "", NotFoundPage.badRequest(status, lang, urls, detail)));
        } else {
            Responses.problem(ctx, registry, lang, 400, detail, suggestions);
        }
    }

    /** A page title: the page's own words, then the site's name. */
    static String title(String own) {
        return own + " · httpcodes";
    }

    private void html(RoutingContext ctx, int status, String page) {
        Responses.send(ctx, status, Responses.HTML, page, status == 200 ? Responses.CACHE_PUBLIC
                : Responses.CACHE_ERROR, VARY);
    }

    private static String query(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                b.append(b.length() == 0 ? "" : "&").append(pairs[i]).append('=').append(Html.url(pairs[i + 1]));
            }
        }
        return b.toString();
    }
}

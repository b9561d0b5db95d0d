package dev.httpcodes.server.pages;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.json.GuideJson;
import dev.httpcodes.server.api.ApiHandlers;
import dev.httpcodes.server.protocol.LanguageChoice;
import dev.httpcodes.server.protocol.Responses;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.PageMeta;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.GuideText;
import dev.httpcodes.ui.UiText;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;

/**
 * The guides on the web: {@code /which}, {@code /compare}, {@code /compare/{a}/{b}} and their JSON under
 * {@code /api/v1}. Codes in a path are looked up by id ({@code 401}, {@code 502.3}, {@code 499.esri}); a number
 * with several meanings stands for its first, as everywhere else.
 */
public final class GuideHandlers {
    private static final String VARY_API = "Accept-Language";

    private final Registry registry;
    private final Search search;
    private final Guides guides;
    private final WhichPage whichPage;
    private final ComparePage comparePage;
    private final Handler<RoutingContext> notFoundPage;

    private final SiteUrls urls;

    public GuideHandlers(Registry registry, Search search, Guides guides, SiteUrls urls,
            Handler<RoutingContext> notFoundPage) {
        this.registry = registry;
        this.search = search;
        this.guides = guides;
        this.urls = urls;
        this.whichPage = new WhichPage(registry, urls);
        this.comparePage = new ComparePage(registry, urls);
        this.notFoundPage = notFoundPage;
    }

    public void whichPage(RoutingContext ctx) {
        html(ctx, whichHtml(LanguageChoice.of(ctx)));
    }

    public String whichHtml(Lang lang) {
        PageMeta meta = PageMeta.of(PageHandlers.title(GuideText.WHICH_TITLE.in(lang)), GuideText.WHICH_INTRO.in(lang),
                PageAddress.which());
        return Layout.page(lang, meta, urls, "", whichPage.render(guides.which(), lang));
    }

    public void whichApi(RoutingContext ctx) {
        Responses.json(ctx, new GuideJson(registry, LanguageChoice.of(ctx)).flow(guides.which()), VARY_API);
    }

    public void compareIndex(RoutingContext ctx) {
        html(ctx, compareIndexHtml(LanguageChoice.of(ctx)));
    }

    public String compareIndexHtml(Lang lang) {
        PageMeta meta = PageMeta.of(PageHandlers.title(GuideText.COMPARE_PAIRS.in(lang)),
                GuideText.COMPARE_PAIRS_INTRO.in(lang), PageAddress.compareIndex());
        return Layout.page(lang, meta, urls, "", comparePage.index(guides.comparisons(), lang));
    }

    public void comparePage(RoutingContext ctx) {
        Lang lang = LanguageChoice.of(ctx);
        Optional<Entry[]> pair = pair(ctx, false);
        if (pair.isEmpty()) {
            return;
        }
        html(ctx, compareHtml(pair.get()[0], pair.get()[1], lang));
    }

    /** Two entries side by side; described by how to tell them apart, or by their summaries when nobody wrote it. */
    public String compareHtml(Entry a, Entry b, Lang lang) {
        Optional<Comparison> comparison = guides.comparison(a.id(), b.id());
        String description = comparison.map(c -> c.distinction().in(lang))
                .orElse(a.id() + UiText.colon(lang) + a.summary().in(lang) + " " + b.id() + UiText.colon(lang)
                        + b.summary().in(lang));
        // Either order shows the same comparison; the order the guide lists it in is the canonical one.
        PageAddress address = comparison.map(c -> PageAddress.compare(c.first(), c.second()))
                .orElse(PageAddress.compare(a.id(), b.id()));
        PageMeta meta = PageMeta.of(PageHandlers.title(GuideText.COMPARE_TITLE.format(lang, a.id(), b.id())),
                description, address);
        return Layout.page(lang, meta, urls, "", comparePage.render(a, b, comparison, lang));
    }

    public void compareApi(RoutingContext ctx) {
        Optional<Entry[]> pair = pair(ctx, true);
        if (pair.isEmpty()) {
            return;
        }
        Entry a = pair.get()[0];
        Entry b = pair.get()[1];
        Responses.json(ctx, new GuideJson(registry, LanguageChoice.of(ctx))
                .comparison(a, b, guides.comparison(a.id(), b.id())), VARY_API);
    }

    /** Both entries of the path, or empty after answering 400 (malformed, or twice the same) or 404 (unknown). */
    private Optional<Entry[]> pair(RoutingContext ctx, boolean api) {
        Lang lang = LanguageChoice.of(ctx);
        Entry[] found = new Entry[2];
        String[] ids = {ctx.pathParam("a"), ctx.pathParam("b")};
        for (int i = 0; i < 2; i++) {
            String id = ids[i];
            if (!ApiHandlers.ID.matcher(id).matches()) {
                Responses.problem(ctx, registry, lang, 400, "\"" + ApiHandlers.truncate(id) + "\" is not an entry id:"
                        + " expected a code such as 404, a sub-status such as 403.14, or an id such as 499.esri",
                        search.suggest(ApiHandlers.truncate(id), 3));
                return Optional.empty();
            }
            Optional<Entry> entry = registry.findById(id);
            if (entry.isEmpty()) {
                if (api) {
                    Responses.problem(ctx, registry, lang, 404, "no status code matches \"" + id + "\"",
                            search.suggest(id, 3));
                } else {
                    ctx.put(NOT_FOUND_INPUT, id);
                    notFoundPage.handle(ctx);
                }
                return Optional.empty();
            }
            found[i] = entry.get();
        }
        if (found[0] == found[1]) {
            Responses.problem(ctx, registry, lang, 400, "give two different codes, not " + found[0].id() + " twice",
                    List.of());
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** Context key holding the unknown code, for the not-found page. */
    public static final String NOT_FOUND_INPUT = "httpcodes.notFound";

    private static void html(RoutingContext ctx, String page) {
        Responses.send(ctx, 200, Responses.HTML, page, Responses.CACHE_PUBLIC, PageHandlers.VARY);
    }
}

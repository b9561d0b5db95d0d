package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.TextNormalizer;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.server.pages.Html;
import dev.httpcodes.ui.UiText;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search form's page: an exact code opens its entry, anything else lists results or says nothing matched. */
class SearchPageTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Search SEARCH = new Search(REGISTRY);
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    @Test
    void everyIdTypedIntoTheFormOpensItsPage() {
        for (Entry e : REGISTRY.entries()) {
            for (String lang : List.of("zh", "en")) {
                HttpResponse<String> r = SERVER.client().get("/" + lang + "/search?q=" + Html.url(" " + e.id() + " "));
                assertThat(r.statusCode()).as(e.id()).isEqualTo(303);
                assertThat(r.headers().firstValue("Location")).as(e.id()).contains("/" + lang + "/codes/" + e.id());
            }
        }
    }

    @Test
    void aNumberWithSeveralMeaningsOpensItsFirstMeaningAndAnIisSpellingItsSubStatus() {
        Entry sub = REGISTRY.entries().stream().filter(e -> e.code().hasSubcode()).findFirst().orElseThrow();
        String dashed = sub.code().code() + "-" + sub.code().subcode().orElseThrow();
        assertThat(SERVER.client().get("/en/search?q=" + dashed).headers().firstValue("Location"))
                .contains("/en/codes/" + sub.id());
        int shared = REGISTRY.entries().stream().filter(e -> REGISTRY.find(e.code()).size() > 1).findFirst()
                .orElseThrow().code().code();
        assertThat(SERVER.client().get("/en/search?q=" + String.format("%03d", shared)).headers().firstValue("Location"))
                .contains("/en/codes/" + REGISTRY.find(shared).get(0).id());
    }

    @Test
    void wordsListResultsRankedAsTheSearchRanksThem() {
        String term = SEARCH.synonyms().asMap().keySet().stream().sorted().findFirst().orElseThrow();
        HttpResponse<String> r = SERVER.client().get("/en/search?q=" + Html.url(term));
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("ol.results > li > a").first().attr("href"))
                .isEqualTo("/en/codes/" + SEARCH.search(term, 1).get(0).entry().id());
    }

    @Test
    void nothingFoundOffersTheNearestCodes() {
        Entry near = REGISTRY.entries().stream().filter(e -> e.vendor().isEmpty() && !e.code().hasSubcode())
                .filter(e -> {
                    String q = TextNormalizer.normalize(e.phrase()).replace(" ", "");
                    return q.length() >= 12 && SEARCH.search(q, 1).isEmpty() && SEARCH.suggest(q, 3).contains(e.id());
                }).findFirst().orElseThrow();
        String q = TextNormalizer.normalize(near.phrase()).replace(" ", "");
        Document d = Jsoup.parse(SERVER.client().get("/zh/search?q=" + q).body());
        assertThat(d.select("p.empty").text()).isEqualTo(UiText.NO_RESULTS.format(Lang.ZH, "“" + q + "”"));
        assertThat(d.select("ul.suggestions a").eachAttr("href")).contains("/zh/codes/" + near.id());
        Document none = Jsoup.parse(SERVER.client().get("/en/search?q=qwxzkjv").body());
        assertThat(none.select("p.empty")).hasSize(1);
        assertThat(none.select("ul.suggestions")).isEmpty();
    }
}

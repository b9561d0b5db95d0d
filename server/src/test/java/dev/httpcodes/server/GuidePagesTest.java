package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Choice;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.core.guide.DecisionFlow;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.core.guide.Question;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** /which, /compare and their API: structure from the guides, 404 and 400 for bad pairs, escaping. */
class GuidePagesTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Guides GUIDES = Guides.standard();
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    private static Document page(String path) {
        HttpResponse<String> r = SERVER.client().get(path, "Accept", "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        return Jsoup.parse(r.body());
    }

    @Test
    void whichPageNestsEveryQuestionOnceWithItsChoices() {
        Document doc = page("/en/which");
        assertThat(doc.select("h1")).hasSize(1);
        DecisionFlow flow = GUIDES.which();
        for (Question q : flow.questions()) {
            Element section = doc.getElementById("q-" + q.id());
            assertThat(section).as(q.id()).isNotNull();
            assertThat(section.selectFirst("h2").text()).isEqualTo(q.text().en());
            Element list = section.selectFirst("ol.choices");
            assertThat(list.children()).hasSize(q.choices().size());
            for (int i = 0; i < q.choices().size(); i++) {
                Choice c = q.choices().get(i);
                Element details = list.child(i).selectFirst("details");
                assertThat(details.selectFirst("summary").text()).isEqualTo(c.label().en());
                if (c.answer().isPresent()) {
                    Element link = details.selectFirst(".answer a");
                    assertThat(link.attr("href")).isEqualTo("/en/codes/" + c.answer().get().code());
                } else {
                    // The next question is nested inside this reply, so it opens without JavaScript.
                    assertThat(details.selectFirst("section.question").id()).isEqualTo("q-" + c.next().get());
                }
            }
        }
        assertThat(doc.select("section.question")).hasSize(flow.questions().size());
    }

    @Test
    void whichPageInChinese() {
        Document doc = page("/zh/which");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.getElementById("q-" + GUIDES.which().start().id()).selectFirst("h2").text())
                .isEqualTo(GUIDES.which().start().text().zh());
    }

    @Test
    void whichApiIsTheWholeFlow() {
        JsonNode flow = Client.json(SERVER.client().get("/api/v1/which?lang=en"));
        assertThat(flow.path("start").asString()).isEqualTo(GUIDES.which().start().id());
        List<String> ids = new ArrayList<>();
        flow.path("questions").forEach(q -> ids.add(q.path("id").asString()));
        assertThat(ids).containsExactlyElementsOf(GUIDES.which().questions().stream().map(Question::id).toList());
        for (JsonNode q : flow.path("questions")) {
            for (JsonNode c : q.path("choices")) {
                assertThat(c.path("next").isNull()).isNotEqualTo(c.path("answer").isNull());
                if (!c.path("answer").isNull()) {
                    Entry e = REGISTRY.getById(c.path("answer").path("code").asString());
                    assertThat(c.path("answer").path("phrase").asString()).isEqualTo(e.phrase());
                }
            }
        }
    }

    @Test
    void comparePageShowsBothEntriesAndTheDistinction() {
        Comparison pair = GUIDES.comparisons().get(0);
        Document doc = page("/en/compare/" + pair.first() + "/" + pair.second());
        Element table = doc.selectFirst("table.compare");
        assertThat(table.select("thead a").eachAttr("href"))
                .containsExactly("/en/codes/" + pair.first(), "/en/codes/" + pair.second());
        Element summaryRow = table.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Summary")).findFirst().orElseThrow();
        assertThat(summaryRow.select("td").eachText()).containsExactly(
                REGISTRY.getById(pair.first()).summary().en(), REGISTRY.getById(pair.second()).summary().en());
        assertThat(doc.selectFirst("article.compare section p").text()).isEqualTo(pair.distinction().en());
        // Either order finds the same distinction.
        Document reversed = page("/en/compare/" + pair.second() + "/" + pair.first());
        assertThat(reversed.selectFirst("article.compare section p").text()).isEqualTo(pair.distinction().en());
        assertThat(reversed.selectFirst("link[rel=canonical]").attr("href")).as("one canonical order")
                .isEqualTo(doc.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void comparePairWithoutDistinctionStillRenders() {
        assertThat(GUIDES.comparison("418", "100")).isEmpty();
        Document doc = page("/en/compare/418/100");
        assertThat(doc.select("table.compare thead a").eachAttr("href"))
                .containsExactly("/en/codes/418", "/en/codes/100");
    }

    @Test
    void compareIndexLinksEveryPair() {
        Document doc = page("/en/compare");
        assertThat(doc.select("main ul.links a").eachAttr("href")).containsExactlyElementsOf(GUIDES.comparisons()
                .stream().map(c -> "/en/compare/" + c.first() + "/" + c.second()).toList());
    }

    @Test
    void compareApiMatchesTheRegistry() {
        JsonNode c = Client.json(SERVER.client().get("/api/v1/compare/401/403?lang=zh"));
        assertThat(c.path("codes").get(0).asString()).isEqualTo("401");
        assertThat(c.path("entries").get(1).path("title").asString())
                .isEqualTo(REGISTRY.getById("403").title().in(Lang.ZH));
        assertThat(c.path("distinction").asString())
                .isEqualTo(GUIDES.comparison("401", "403").orElseThrow().distinction().zh());
        JsonNode none = Client.json(SERVER.client().get("/api/v1/compare/418/100"));
        assertThat(none.path("distinction").isNull()).isTrue();
    }

    @Test
    void unknownCodeIs404WithSuggestions() {
        assertThat(REGISTRY.findById("403.99")).isEmpty();
        HttpResponse<String> api = SERVER.client().get("/api/v1/compare/401/403.99");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        assertThat(Client.json(api).path("detail").asString()).contains("403.99");
        HttpResponse<String> html = SERVER.client().get("/en/compare/403.99/401", "Accept", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(html.body()).selectFirst("main h1").text()).startsWith("404");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/compare/401/401", "/api/v1/compare/401/%3Cscript%3E", "/en/compare/401/401",
        "/zh/compare/abc/401"})
    void malformedOrSamePairIs400(String path) {
        HttpResponse<String> r = SERVER.client().get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        assertThat(r.body()).doesNotContain("<script>");
    }

    @Test
    void echoedInputIsEscaped() {
        HttpResponse<String> r = SERVER.client().get("/en/compare/%3Cb%3E/401", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("<b>");
    }

    @Test
    void otherMethodsAre405() {
        for (String path : List.of("/which", "/compare", "/compare/401/403", "/zh/which", "/en/compare",
                "/en/compare/401/403", "/api/v1/which",
                "/api/v1/compare/401/403")) {
            HttpResponse<String> r = SERVER.client().send("DELETE", path);
            assertThat(r.statusCode()).as(path).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(path).isPresent();
        }
    }
}

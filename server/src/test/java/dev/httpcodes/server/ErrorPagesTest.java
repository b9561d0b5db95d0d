package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusClass;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Requests that name nothing get help, with the right status: an unassigned code explains its class and lists the
 * codes that exist there, an unknown sub-status leads to its parent and siblings, a number that is no status code
 * says what status codes are; a bad filter value is a 400 naming it and what is allowed.
 */
class ErrorPagesTest {
    private static final Registry REGISTRY = Registry.standard();
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    private static Document html(String path, int status) {
        HttpResponse<String> r = SERVER.client().get(path, "Accept", "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        return Jsoup.parse(r.body());
    }

    private static List<String> linked(Document d, String selector) {
        return d.select(selector).eachAttr("href");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void anUnassignedCodeExplainsItsClassAndListsTheCodesThatExist(String slug) {
        Lang lang = Lang.of(slug);
        assertThat(REGISTRY.find(299)).isEmpty();
        Document d = html("/" + slug + "/codes/299", 404);
        String text = d.selectFirst("main").text();
        assertThat(text).contains("2xx", "200", "299", REGISTRY.label(StatusClass.SUCCESSFUL).name().in(lang));
        List<String> expected = REGISTRY.entries().stream()
                .filter(e -> e.statusClass() == StatusClass.SUCCESSFUL && !e.code().hasSubcode())
                .map(e -> "/" + slug + "/codes/" + e.id()).toList();
        assertThat(linked(d, "ul.nearest li > a")).containsExactlyElementsOf(expected);
        // Not the look-alike numbers of other classes.
        assertThat(linked(d, "main a")).doesNotContain("/" + slug + "/codes/499", "/" + slug + "/codes/599");
        assertThat(linked(d, "main a")).contains("/" + slug + "#class-2xx");
    }

    @Test
    void anUnassignedCodeInABigClassListsTheNearestNumbers() {
        assertThat(REGISTRY.find(477)).isEmpty();
        Document d = html("/en/codes/477", 404);
        List<Integer> codes = new ArrayList<>();
        for (String href : linked(d, "ul.nearest li > a")) {
            codes.add(REGISTRY.getById(href.substring(href.lastIndexOf('/') + 1)).code().code());
        }
        assertThat(codes).isNotEmpty().isSorted().allSatisfy(c -> assertThat(c).isBetween(400, 499));
        int farthest = codes.stream().mapToInt(c -> Math.abs(c - 477)).max().orElseThrow();
        // Nothing left out is nearer than the farthest code shown.
        assertThat(REGISTRY.entries().stream().filter(e -> e.statusClass() == StatusClass.CLIENT_ERROR
                && !e.code().hasSubcode() && !codes.contains(e.code().code()))
                .mapToInt(e -> Math.abs(e.code().code() - 477))).allSatisfy(gap -> assertThat(gap)
                .isGreaterThanOrEqualTo(farthest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void anUnknownSubStatusLeadsToItsParentAndSiblings(String slug) {
        assertThat(REGISTRY.findById("404.99")).isEmpty();
        Document d = html("/" + slug + "/codes/404.99", 404);
        List<String> expected = new ArrayList<>();
        for (Entry e : REGISTRY.find(404)) {
            expected.add("/" + slug + "/codes/" + e.id());
        }
        for (Entry e : REGISTRY.subStatuses(404)) {
            expected.add("/" + slug + "/codes/" + e.id());
        }
        assertThat(REGISTRY.subStatuses(404)).isNotEmpty();
        assertThat(linked(d, "ul.nearest li > a")).containsExactlyElementsOf(expected);
        assertThat(d.selectFirst("main").text()).contains("404.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "1000", "777", "42"})
    void aNumberThatIsNoStatusCodeSaysWhatStatusCodesAre(String input) {
        Document d = html("/en/codes/" + input, 404);
        assertThat(d.selectFirst("main").text()).contains("100", "599", input);
        assertThat(linked(d, "ul.classes a")).containsExactly("/en#class-1xx", "/en#class-2xx", "/en#class-3xx",
                "/en#class-4xx", "/en#class-5xx");
    }

    @Test
    void theProblemForAnUnassignedCodeSuggestsRealCodes() {
        HttpResponse<String> r = SERVER.client().get("/en/codes/299", "Accept", "application/json");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode suggestions = Client.json(r).path("suggestions");
        assertThat(suggestions.size()).isPositive();
        for (JsonNode s : suggestions) {
            assertThat(REGISTRY.getById(s.asString()).statusClass()).isEqualTo(StatusClass.SUCCESSFUL);
        }
    }

    @ParameterizedTest
    @CsvSource({"standing=offical,offical,standard", "vendor=ngnix,ngnix,nginx", "class=6xx,6xx,4xx",
        "standing=vendor&vendor=nosuch,nosuch,nginx"})
    void aBadHomeFilterIs400NamingTheValueAndWhatIsAllowed(String query, String bad, String allowed) {
        Document d = html("/en?" + query, 400);
        assertThat(d.selectFirst("main h1").text()).startsWith("400");
        assertThat(d.selectFirst("main").text()).contains("“" + bad + "”", allowed);
        assertThat(d.select("main a[href=/en]")).hasSize(1);
        HttpResponse<String> problem = SERVER.client().get("/en?" + query, "Accept", "application/json");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(Client.json(problem).path("detail").asString()).contains(bad, allowed);
        assertThat(problem.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void aBadFilterInChineseIsExplainedInChinese() {
        Document d = html("/zh?standing=offical", 400);
        assertThat(d.selectFirst("main").text()).contains("性质", "“offical”", "standard");
    }

    @Test
    void aHostileFilterValueIsEscapedAndShortened() {
        String attack = "%3Cscript%3Ealert(1)%3C/script%3E" + "x".repeat(500);
        HttpResponse<String> r = SERVER.client().get("/en?vendor=" + attack, "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("<script>alert").contains("&lt;script&gt;").doesNotContain("x".repeat(100));
    }

    @Test
    void emptyValuesMeanAnyAsTheFormSendsThem() {
        Document d = html("/en?standing=&vendor=", 200);
        assertThat(d.select("ul.entries li")).hasSize(REGISTRY.entries().size());
        assertThat(SERVER.client().get("/api/v1/codes?standing=&class=").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiUsesTheSameParser() {
        HttpResponse<String> r = SERVER.client().get("/api/v1/codes?standing=offical");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = Client.json(r);
        assertThat(p.path("detail").asString()).contains("standing", "“offical”", "standard");
    }
}

package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.server.pages.Html;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages' structure: landmarks, one h1, labelled controls, content from the registry, escaping. */
class HtmlPagesTest {
    private static final Registry REGISTRY = Registry.standard();
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    private static Document page(String path, String... headers) {
        HttpResponse<String> r = SERVER.client().get(path, headers);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        return Jsoup.parse(r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en", "/en/codes/404", "/en/codes/403.14", "/en/codes/499.esri",
        "/en/search?q=timeout", "/zh", "/zh/codes/502", "/zh/which", "/en/compare"})
    void everyPageIsAccessible(String path) {
        Document d = page(path);
        assertThat(d.select("h1")).hasSize(1);
        assertThat(d.select("header")).hasSize(1);
        assertThat(d.select("nav[aria-label]")).isNotEmpty();
        assertThat(d.select("main#main")).hasSize(1);
        assertThat(d.select("footer")).hasSize(1);
        assertThat(d.select("a.skip[href=#main]")).hasSize(1);
        assertThat(d.select("html").attr("lang")).isIn("en", "zh-CN");
        for (Element control : d.select("input:not([type=hidden]), select")) {
            assertThat(d.select("label[for=" + control.id() + "]")).as("label for #%s", control.id()).hasSize(1);
        }
        // Self-contained: every script and stylesheet comes from this server, and there is no inline code.
        assertThat(d.select("script[src]")).allSatisfy(s -> assertThat(s.attr("src")).startsWith("/assets/"));
        assertThat(d.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
        assertThat(d.select("link[rel=stylesheet]")).allSatisfy(s -> assertThat(s.attr("href")).startsWith("/assets/"));
        assertThat(d.select("[style]")).isEmpty();
        assertThat(d.select("a.lang[hreflang]")).hasSize(1);
    }

    @Test
    void homeHasTheGridAndEveryEntryByClass() {
        Document d = page("/en");
        assertThat(d.select("ul.grid a.cell")).hasSize(REGISTRY.entries().size());
        Element cell = d.selectFirst("ul.grid a.cell[href=/en/codes/503]");
        assertThat(cell.classNames()).contains("c5xx", "s-standard");
        assertThat(d.selectFirst("ul.grid a.cell[href=/en/codes/520]").classNames()).contains("s-vendor");
        assertThat(d.select("ul.entries li")).hasSize(REGISTRY.entries().size());
        assertThat(d.select("h3[id^=class-]")).hasSize(6);
        assertThat(d.body().text()).contains(REGISTRY.getById("418").title().zh());
    }

    @Test
    void homeFiltersWithoutJavaScript() {
        Document d = page("/en?standing=vendor&vendor=nginx");
        int nginx = REGISTRY.list(dev.httpcodes.core.EntryFilter.all().byVendor("nginx")).size();
        assertThat(d.select("ul.grid a.cell")).hasSize(nginx);
        assertThat(d.select("select#vendor option[selected]").attr("value")).isEqualTo("nginx");
        assertThat(d.select("form.filters[method=get][action=/en]")).hasSize(1);
    }

    @Test
    void entryPageShowsMisconceptionsAndCodeSpans() {
        Entry e = REGISTRY.getById("502");
        Document d = page("/en/codes/502");
        assertThat(d.select("ul.misconceptions li")).extracting(Element::text).containsExactlyElementsOf(
                e.misconceptions().stream().map(m -> dev.httpcodes.core.markup.CodeSpans.plain(m.en())).toList());
        assertThat(d.select("ul.misconceptions code")).extracting(Element::text).contains("max_execution_time");
        Document asp = page("/en/codes/500.100");
        assertThat(asp.select("div.cause code")).extracting(Element::text).contains("#include", "../");
        assertThat(asp.html()).doesNotContain("`#include`");
        assertThat(page("/en/codes/404").select("ul.misconceptions")).isEmpty();
    }

    @Test
    void entryPageHoldsEverything() {
        Entry e = REGISTRY.getById("502");
        Document d = page("/en/codes/502");
        assertThat(d.select("h1").text()).contains("502", e.phrase());
        assertThat(d.text()).contains(e.title().zh(), e.summary().en(), e.description().en());
        assertThat(d.select("h3[id^=stack-]")).hasSizeGreaterThan(1);
        assertThat(d.select("div.cause")).hasSize(e.troubleshooting().size());
        for (String related : e.related()) {
            assertThat(d.select("a[href=/en/codes/" + related + "]")).as(related).isNotEmpty();
        }
        for (var ref : e.references()) {
            assertThat(d.select("a[href=" + ref.url() + "]")).isNotEmpty();
        }
        assertThat(d.select("pre code").text()).startsWith("curl -i http://").endsWith("/status/502");
    }

    @Test
    void otherMeaningsAndSubStatusesAreLinked() {
        Document d = page("/zh/codes/499");
        assertThat(d.select("a[href=/zh/codes/499.esri]")).isNotEmpty();
        Document forbidden = page("/en/codes/403");
        assertThat(forbidden.select("a[href=/en/codes/403.14]")).isNotEmpty();
    }

    @Test
    void theLanguageIsInThePathAndTheSwitchLeadsToTheSamePage() {
        Entry e = REGISTRY.getById("504");
        Document zh = page("/zh/codes/504");
        assertThat(zh.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(zh.text()).contains(e.summary().zh());
        assertThat(zh.select("a.lang").attr("href")).isEqualTo("/en/codes/504");
        Document en = page("/en/codes/504", "Accept-Language", "zh-CN", "Cookie", "lang=zh");
        assertThat(en.select("html").attr("lang")).as("the path wins over headers").isEqualTo("en");
        assertThat(en.text()).contains(e.summary().en());
        assertThat(en.select("a.lang").attr("href")).isEqualTo("/zh/codes/504");
        // Every link of the site stays in the page's language.
        assertThat(zh.select("main a[href^=/], header a[href^=/]:not(.lang)").eachAttr("href"))
                .isNotEmpty().allSatisfy(h -> assertThat(h).matches("/zh(/.*)?"));
        assertThat(zh.select("form.search").attr("action")).isEqualTo("/zh/search");
        assertThat(zh.select("a.brand").attr("href")).isEqualTo("/zh");
    }

    @Test
    void aCachedPageIsTheSame() {
        HttpResponse<String> first = SERVER.client().get("/zh/codes/429");
        HttpResponse<String> second = SERVER.client().get("/zh/codes/429");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Content-Language")).hasValue("zh-CN");
        assertThat(SERVER.client().get("/en/codes/429").body()).isNotEqualTo(first.body());
    }

    @Test
    void searchPageEscapesWhatItEchoes() {
        String attack = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        HttpResponse<String> r = SERVER.client().get("/en/search?q=" + Html.url(attack));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("script:not([src])")).isEmpty();
        assertThat(d.select("img")).isEmpty();
        assertThat(d.select("input#q").attr("value")).isEqualTo(attack);
        assertThat(d.select("h1").text()).contains(attack);
    }

    @Test
    void searchPageListsResultsWithoutJavaScript() {
        Document d = page("/zh/search?q=" + Html.url("网关超时"));
        assertThat(d.select("ol.results li a").first().attr("href")).isEqualTo("/zh/codes/504");
        Document none = page("/en/search?q=qwxzkjv");
        assertThat(none.select("ol.results")).isEmpty();
        assertThat(none.select("p.empty")).hasSize(1);
        HttpResponse<String> blank = SERVER.client().get("/zh/search?q=");
        assertThat(blank.statusCode()).isEqualTo(303);
        assertThat(blank.headers().firstValue("Location")).hasValue("/zh");
    }

    @Test
    void unknownEntryPageSuggestsForBrowsers() {
        HttpResponse<String> r = SERVER.client().get("/en/codes/5022", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("h1")).hasSize(1);
        assertThat(d.select("main a[href=/en/codes/502]")).isNotEmpty();
    }

    @Test
    void hostileHostHeaderIsNotEchoed() throws java.io.IOException {
        // The JDK client will not send a chosen Host, so the hostile request goes over a raw socket.
        RawHttp.Received hostile = RawHttp.exchange(SERVER.server().port(), "GET /en/codes/502 HTTP/1.1\r\n"
                + "Host: attacker.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(hostile.text()).startsWith("HTTP/1.1 200").doesNotContain("attacker.example");
        HttpResponse<String> later = SERVER.client().get("/en/codes/502", "Accept", "text/html");
        assertThat(later.body()).doesNotContain("attacker.example");
        assertThat(Jsoup.parse(later.body()).select("pre code").text())
                .startsWith("curl -i http://127.0.0.1:" + SERVER.server().port() + "/status/502");
    }

    @Test
    void assetsAreServedWithValidators() {
        HttpResponse<String> css = SERVER.client().get("/assets/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.headers().firstValue("ETag")).isPresent();
        assertThat(SERVER.client().get("/assets/app.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(SERVER.client().get("/assets/nope.js").statusCode()).isEqualTo(404);
    }
}

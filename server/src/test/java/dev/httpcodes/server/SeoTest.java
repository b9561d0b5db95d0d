package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.server.pages.Html;
import dev.httpcodes.server.site.Descriptions;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * What search engines read, against a real server whose public URL differs from its listening address: every page's
 * canonical and alternates, the sitemap, robots.txt, noindex on results, structured data and escaping.
 */
class SeoTest {
    private static final String PUBLIC = "https://status.example.org";
    private static final Registry REGISTRY = Registry.standard();
    private static HttpcodesServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = HttpcodesServer.start(ServerConfig.ephemeral().withPublicUrl(Optional.of(PUBLIC)));
        client = new Client(server.port(), java.net.http.HttpClient.Version.HTTP_1_1);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Document page(String path) {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    /** The sitemap's URLs, each with its alternates by hreflang. */
    private static Map<String, Map<String, String>> sitemap() throws Exception {
        HttpResponse<String> r = client.get("/sitemap.xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        Map<String, Map<String, String>> urls = new java.util.LinkedHashMap<>();
        NodeList list = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < list.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) list.item(i);
            String loc = url.getElementsByTagNameNS("*", "loc").item(0).getTextContent();
            Map<String, String> alternates = new java.util.HashMap<>();
            NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
            for (int j = 0; j < links.getLength(); j++) {
                org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(j);
                alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            assertThat(urls.put(loc, alternates)).as("listed once: %s", loc).isNull();
        }
        return urls;
    }

    private static String local(String absolute) {
        assertThat(absolute).startsWith(PUBLIC + "/");
        return absolute.substring(PUBLIC.length());
    }

    @Test
    void theSitemapListsEveryPageInBothLanguagesAndEachAnswersWithMatchingHeadLinks() throws Exception {
        Map<String, Map<String, String>> urls = sitemap();
        int pages = 1 + REGISTRY.entries().size() + 2 + Guides.standard().comparisons().size();
        assertThat(urls).hasSize(2 * pages);
        for (Entry e : REGISTRY.entries()) {
            assertThat(urls).containsKeys(PUBLIC + "/zh/codes/" + e.id(), PUBLIC + "/en/codes/" + e.id());
        }
        for (Map.Entry<String, Map<String, String>> u : urls.entrySet()) {
            String path = local(u.getKey());
            Document d = page(path);
            String lang = path.startsWith("/zh") ? "zh" : "en";
            assertThat(d.select("html").attr("lang")).as(path).isEqualTo(lang.equals("zh") ? "zh-CN" : "en");
            assertThat(d.select("link[rel=canonical]").eachAttr("href")).as(path).containsExactly(u.getKey());
            Map<String, String> inHead = new java.util.HashMap<>();
            for (Element link : d.select("link[rel=alternate][hreflang]")) {
                inHead.put(link.attr("hreflang"), link.attr("href"));
            }
            assertThat(inHead).as(path).isEqualTo(u.getValue()).containsOnlyKeys("zh", "en", "x-default");
            assertThat(inHead.get(lang)).isEqualTo(u.getKey());
            assertThat(d.select("meta[name=robots]")).as("indexable: %s", path).isEmpty();
            assertThat(d.select("meta[property=og:url]").attr("content")).isEqualTo(u.getKey());
            String description = d.select("meta[name=description]").attr("content");
            assertThat(description).as(path).isNotBlank();
            assertThat(description.codePointCount(0, description.length())).as(path).isLessThanOrEqualTo(155);
            assertThat(d.select("title").text()).as(path).endsWith("httpcodes");
            assertThat(d.select("meta[property=og:title]").attr("content")).isEqualTo(d.select("title").text());
        }
        // The language-neutral address redirects to the reader's language.
        String neutral = local(urls.get(PUBLIC + "/zh/codes/404").get("x-default"));
        assertThat(neutral).isEqualTo("/codes/404");
        assertThat(client.get(neutral, "Accept-Language", "zh").headers().firstValue("Location"))
                .hasValue("/zh/codes/404");
    }

    @Test
    void anEntryDescribesItselfInItsLanguageWithDefinedTermData() {
        Entry e = REGISTRY.getById("502");
        for (Lang lang : Lang.values()) {
            String slug = lang == Lang.ZH ? "zh" : "en";
            Document d = page("/" + slug + "/codes/502");
            String description = Descriptions.trim(e.summary().in(lang));
            assertThat(d.select("meta[name=description]").attr("content")).isEqualTo(description);
            assertThat(d.select("meta[property=og:description]").attr("content")).isEqualTo(description);
            assertThat(d.select("meta[property=og:type]").attr("content")).isEqualTo("article");
            assertThat(d.select("meta[property=og:locale]").attr("content"))
                    .isEqualTo(lang == Lang.ZH ? "zh_CN" : "en_US");
            JsonNode ld = Client.JSON.readTree(d.select("script[type=application/ld+json]").first().data());
            assertThat(ld.path("@type").asString()).isEqualTo("DefinedTerm");
            assertThat(ld.path("termCode").asString()).isEqualTo("502");
            assertThat(ld.path("url").asString()).isEqualTo(PUBLIC + "/" + slug + "/codes/502");
            assertThat(ld.path("inLanguage").asString()).isEqualTo(lang.tag());
            assertThat(ld.path("description").asString()).isEqualTo(description);
            assertThat(ld.path("inDefinedTermSet").path("url").asString()).isEqualTo(PUBLIC + "/" + slug);
        }
    }

    @Test
    void theHomePageIsAWebSiteWithASearchAction() {
        Document d = page("/zh");
        JsonNode ld = Client.JSON.readTree(d.select("script[type=application/ld+json]").first().data());
        assertThat(ld.path("@type").asString()).isEqualTo("WebSite");
        assertThat(ld.path("url").asString()).isEqualTo(PUBLIC + "/zh");
        String template = ld.path("potentialAction").path("target").path("urlTemplate").asString();
        assertThat(template).isEqualTo(PUBLIC + "/zh/search?q={search_term_string}");
        assertThat(ld.path("potentialAction").path("query-input").asString())
                .isEqualTo("required name=search_term_string");
        assertThat(client.get(local(template.replace("{search_term_string}", "timeout"))).statusCode())
                .isEqualTo(200);
        assertThat(d.select("meta[property=og:type]").attr("content")).isEqualTo("website");
    }

    @Test
    void longDescriptionsAreCutAtAWordWithAnEllipsis() {
        String text = "word ".repeat(60) + "`code` end";
        String cut = Descriptions.trim(text);
        assertThat(cut).endsWith("word…").doesNotContain("`");
        assertThat(cut.length()).isLessThanOrEqualTo(155);
        String chinese = "超时".repeat(100);
        assertThat(Descriptions.trim(chinese)).hasSize(155).endsWith("…");
        assertThat(Descriptions.trim("short `x`\n  text")).isEqualTo("short x text");
    }

    @Test
    void searchResultsAndFilteredListsAreNotIndexed() {
        for (String path : List.of("/en/search?q=timeout", "/zh/search?q=" + Html.url("超时"),
                "/en?standing=vendor")) {
            Document d = page(path);
            assertThat(d.select("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex, follow");
        }
        Document results = page("/en/search?q=timeout");
        assertThat(results.select("link[rel=canonical]").attr("href")).isEqualTo(PUBLIC + "/en/search?q=timeout");
        assertThat(results.select("a.lang").attr("href")).isEqualTo("/zh/search?q=timeout");
    }

    @Test
    void aHostileQueryIsEscapedInTitleDescriptionAndOpenGraph() {
        String attack = "\"><script>alert(1)</script><meta http-equiv=refresh content=0;url=//evil.example>'";
        HttpResponse<String> r = client.get("/en/search?q=" + Html.url(attack));
        assertThat(r.body()).doesNotContain("<script>alert", "<meta http-equiv");
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("title").text()).contains(attack);
        assertThat(d.select("meta[name=description]").attr("content")).contains(attack);
        assertThat(d.select("meta[property=og:title]").attr("content")).contains(attack);
        assertThat(d.select("meta[http-equiv]")).isEmpty();
        assertThat(d.select("script:not([src])")).isEmpty();
        // The query is encoded into the canonical URL, never pasted.
        assertThat(d.select("link[rel=canonical]").attr("href")).startsWith(PUBLIC + "/en/search?q=%22%3E%3Cscript");
    }

    @Test
    void robotsNamesTheSitemapAndKeepsCrawlersOffTheApiAndTestEndpoints() throws java.io.IOException {
        HttpResponse<String> r = client.get("/robots.txt");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        List<String> lines = r.body().lines().toList();
        assertThat(lines).contains("User-agent: *", "Disallow: /api/", "Disallow: /status/", "Disallow: /5",
                "Disallow: /deny",
                "Sitemap: " + PUBLIC + "/sitemap.xml");
        // Pages, search included (its noindex must stay readable), are not disallowed.
        Set<String> disallowed = new HashSet<>();
        lines.stream().filter(l -> l.startsWith("Disallow: ")).forEach(l -> disallowed.add(l.substring(10)));
        List<String> pagePaths = new ArrayList<>(List.of("/zh", "/en/codes/404", "/en/search", "/zh/which"));
        assertThat(pagePaths).allSatisfy(p -> assertThat(disallowed).noneMatch(p::startsWith));
        // Absolute URLs come from the configuration, whatever Host a request names.
        for (String path : List.of("/robots.txt", "/sitemap.xml", "/en/codes/404")) {
            RawHttp.Received hostile = RawHttp.exchange(server.port(), "GET " + path + " HTTP/1.1\r\n"
                    + "Host: attacker.example\r\nConnection: close\r\n\r\n");
            assertThat(hostile.text()).as(path).startsWith("HTTP/1.1 200").contains(PUBLIC)
                    .doesNotContain("attacker.example");
        }
    }
}

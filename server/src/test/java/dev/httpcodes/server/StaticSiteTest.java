package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.server.export.ExportException;
import dev.httpcodes.server.export.StaticSite;
import dev.httpcodes.server.site.SiteUrls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The static export, published below a path ({@code /ref/}) and served by a plain static file server: every link
 * of every page resolves, the sitemap names the base URL, and in Chromium the pages render and search works from
 * the JSON index with no server behind it.
 */
class StaticSiteTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Search SEARCH = new Search(REGISTRY);
    private static final String BASE_URL = "https://reference.example/ref/";
    @TempDir
    static Path temp;
    private static Path out;
    private static PlainFileServer files;
    private static String base;
    private static StaticSite.Written written;

    @BeforeAll
    static void exportAndServe() throws Exception {
        out = temp.resolve("site/ref");
        written = site(BASE_URL).write(out, false);
        files = new PlainFileServer(temp.resolve("site"));
        base = "http://127.0.0.1:" + files.port();
    }

    @AfterAll
    static void stop() {
        if (files != null) {
            files.close();
        }
    }

    private static StaticSite site(String baseUrl) {
        return new StaticSite(REGISTRY, Guides.standard(), SEARCH, SiteUrls.exported(baseUrl));
    }

    @Test
    void everyEntryIsWrittenInBothLanguagesWithRootFilesAndAssets() {
        for (Entry e : REGISTRY.entries()) {
            for (String lang : List.of("zh", "en")) {
                assertThat(out.resolve(lang + "/codes/" + e.id() + "/index.html")).as(e.id()).isRegularFile();
            }
        }
        for (String f : List.of("index.html", "404.html", "robots.txt", "sitemap.xml", "assets/app.css",
                "assets/app.js", "assets/offline-search.js", "assets/search-index.json", "zh/index.html",
                "en/search/index.html", "en/which/index.html", "zh/compare/index.html")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        assertThat(written.pages()).isGreaterThan(2 * REGISTRY.entries().size());
    }

    @Test
    void theSitemapAndRobotsNameTheBaseUrlAndEveryListedPageExists() throws IOException {
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        Document xml = Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = xml.select("url > loc").eachText();
        assertThat(locs).hasSizeGreaterThan(2 * REGISTRY.entries().size());
        for (String loc : locs) {
            assertThat(loc).startsWith(BASE_URL);
            assertThat(out.resolve(loc.substring(BASE_URL.length())).resolve("index.html")).as(loc).isRegularFile();
        }
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Sitemap: " + BASE_URL + "sitemap.xml");
        Document page = Jsoup.parse(out.resolve("en/codes/404/index.html").toFile());
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE_URL + "en/codes/404/");
    }

    /** Every page reached from the root, every link and asset on it: all answer 200 from a plain file server. */
    @Test
    void everyInternalLinkResolvesOnAPlainStaticServer() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Deque<URI> pages = new ArrayDeque<>(List.of(URI.create(base + "/ref/")));
        Set<URI> seen = new HashSet<>(pages);
        Map<URI, Integer> broken = new HashMap<>();
        int crawled = 0;
        // Bounded: the export has under 2,000 pages.
        while (!pages.isEmpty() && crawled < 5_000) {
            URI page = pages.poll();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            crawled++;
            if (r.statusCode() != 200) {
                broken.put(page, r.statusCode());
                continue;
            }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document d = Jsoup.parse(r.body(), page.toString());
            for (Element link : d.select("a[href], link[href], script[src]")) {
                String target = link.hasAttr("src") ? link.absUrl("src") : link.absUrl("href");
                URI uri = URI.create(target.replaceAll("#.*$", ""));
                boolean internal = uri.getScheme().equals("http") && uri.getPort() == files.port();
                if (internal && uri.getQuery() == null && seen.add(uri)) {
                    pages.add(uri);
                } else if (!internal && !target.startsWith("data:")) {
                    // Elsewhere: the base URL (canonical, alternates) or references; never a local server.
                    assertThat(uri.getHost()).as("link on " + page).isNotIn("127.0.0.1", "localhost");
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(crawled).isGreaterThan(2 * REGISTRY.entries().size());
    }

    @Test
    void inChromiumPagesRenderAndSearchWorksOffline() throws Exception {
        try (Chromium chromium = Chromium.start()) {
            WebDriverWait wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(10));
            Entry e = REGISTRY.getById("429");
            chromium.driver.get(base + "/ref/en/codes/" + e.id() + "/");
            assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).contains(e.id());
            assertThat(chromium.driver.findElement(By.tagName("link")).getAttribute("href")).isNotEmpty();
            // Search as you type, answered from the JSON index: the synonym's first code comes first.
            String term = SEARCH.synonyms().asMap().entrySet().stream()
                    .filter(t -> t.getValue().get(0).equals(e.id()) && t.getKey().contains(" "))
                    .map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
            chromium.driver.findElement(By.id("q")).sendKeys(term);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#live [role=option]")));
            assertThat(chromium.driver.findElements(By.cssSelector("#live [role=option]")).get(0)
                    .getAttribute("data-href")).isEqualTo("/ref/en/codes/" + e.id() + "/");
            new Actions(chromium.driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.urlToBe(base + "/ref/en/codes/" + e.id() + "/"));
            // The search page lists results from the index, and an exact code opens its page.
            chromium.driver.get(base + "/ref/zh/search/?q=" + java.net.URLEncoder.encode(term, "UTF-8"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li a")));
            assertThat(chromium.driver.findElement(By.cssSelector("#results li a")).getAttribute("href"))
                    .isEqualTo(base + "/ref/zh/codes/" + e.id() + "/");
            chromium.driver.get(base + "/ref/en/search/?q=504");
            wait.until(ExpectedConditions.urlToBe(base + "/ref/en/codes/504/"));
            assertThat(chromium.axeViolations()).isEmpty();
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    /** The home page's filters work on a static host, which ignores the query: the script applies them. */
    @Test
    void homeFiltersWorkOnAStaticHost() throws Exception {
        try (Chromium chromium = Chromium.start()) {
            String vendor = REGISTRY.vendors().get(0).id();
            Set<String> expected = new HashSet<>();
            REGISTRY.list(dev.httpcodes.core.EntryFilter.parse(REGISTRY, null, null, vendor))
                    .forEach(e -> expected.add(e.id()));
            assertThat(expected).isNotEmpty();
            chromium.driver.get(base + "/ref/en/?vendor=" + vendor);
            Set<String> shown = new HashSet<>();
            for (var link : chromium.driver.findElements(By.cssSelector("ul.entries li a"))) {
                if (link.isDisplayed()) {
                    shown.add(link.getAttribute("href").replaceAll(".*/codes/([^/]+)/$", "$1"));
                }
            }
            assertThat(shown).isEqualTo(expected);
            assertThat(chromium.driver.findElement(By.cssSelector(".entry-count")).getText())
                    .isEqualTo(dev.httpcodes.ui.UiText.ENTRY_COUNT.format(dev.httpcodes.core.Lang.EN,
                            expected.size()));
            assertThat(chromium.driver.findElement(By.id("vendor")).getAttribute("value")).isEqualTo(vendor);
            // No heading is left standing over an emptied list.
            for (var heading : chromium.driver.findElements(By.cssSelector("main h3"))) {
                if (heading.isDisplayed()) {
                    assertThat(heading.findElement(By.xpath("following-sibling::ul[1]")).findElements(
                            By.cssSelector("li")).stream().anyMatch(li -> li.isDisplayed())).as(heading.getText())
                            .isTrue();
                }
            }
            assertThat(chromium.axeViolations()).isEmpty();

            chromium.driver.get(base + "/ref/zh/?vendor=no-such-vendor");
            assertThat(chromium.driver.findElement(By.cssSelector("p.empty")).getText())
                    .isEqualTo(dev.httpcodes.ui.UiText.NO_ENTRIES.in(dev.httpcodes.core.Lang.ZH) + "。");
            assertThat(chromium.driver.findElements(By.cssSelector("main li[data-standing]")).stream()
                    .noneMatch(li -> li.isDisplayed())).isTrue();
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    /**
     * The offline search (in the browser, from the exported index) meets every ranking case of the knowledge base,
     * as the server's search does: synonyms, typos ("bad gatway") and Chinese phrased otherwise (服务器不可用).
     */
    @Test
    void offlineSearchMeetsEveryRankingCaseOfTheKnowledgeBase() throws Exception {
        JsonNode cases = YAMLMapper.builder().build().readTree(Files.readString(Path.of(
                System.getProperty("knowledge.dir", "../knowledge"), "search", "ranking-cases.yaml")));
        try (Chromium chromium = Chromium.start()) {
            chromium.driver.get(base + "/ref/en/search/");
            chromium.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Map<String, List<String>> wrong = new java.util.TreeMap<>();
            int checked = 0;
            for (JsonNode row : cases.path("cases")) {
                List<String> first = new java.util.ArrayList<>();
                row.path("first").forEach(id -> first.add(id.asString()));
                String query = row.path("query").asString();
                @SuppressWarnings("unchecked")
                List<String> ids = (List<String>) ((org.openqa.selenium.JavascriptExecutor) chromium.driver)
                        .executeAsyncScript("const done = arguments[arguments.length - 1];"
                                + "window.httpcodesOfflineSearch(arguments[0], arguments[1])"
                                + ".then(r => done(r.map(e => e.id)), e => done(['error: ' + e]));",
                                query, first.size());
                if (!ids.equals(first)) {
                    wrong.put(query, ids);
                }
                checked++;
            }
            assertThat(checked).isEqualTo(cases.path("cases").size()).isPositive();
            assertThat(wrong).as("queries whose offline results differ from the ranking cases").isEmpty();
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aNonEmptyDirectoryIsRefusedUnlessForcedAndAFileIsNeverADirectory() throws Exception {
        Path dir = temp.resolve("busy");
        Files.createDirectories(dir.resolve("old"));
        Files.writeString(dir.resolve("old/keep.txt"), "x");
        Path outside = temp.resolve("outside.txt");
        Files.writeString(outside, "must survive");
        Files.createSymbolicLink(dir.resolve("link"), outside);
        assertThatThrownBy(() -> site(BASE_URL).write(dir, false)).isInstanceOf(ExportException.class)
                .hasMessageContaining("is not empty").matches(t -> ((ExportException) t).refused());
        assertThat(dir.resolve("old/keep.txt")).exists();
        site("http://127.0.0.1:8000").write(dir, true);
        assertThat(dir.resolve("old")).doesNotExist();
        assertThat(dir.resolve("link")).doesNotExist();
        assertThat(outside).hasContent("must survive");
        assertThat(dir.resolve("en/index.html")).isRegularFile();
        assertThatThrownBy(() -> site(BASE_URL).write(outside, true)).isInstanceOf(ExportException.class)
                .hasMessageContaining("not a directory");
        assertThatThrownBy(() -> SiteUrls.exported("ftp://x.example/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--base-url");
    }
}

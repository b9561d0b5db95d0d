package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Standing;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The home page: names in the grid cells, a legend for the borders, IIS sub-statuses grouped under their parent
 * (not in the main grid), links to each class, ids that break only after their dot, and an empty filter that says
 * so.
 */
class HomeGridTest {
    private static final Registry REGISTRY = Registry.standard();
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    private static Document page(String path) {
        HttpResponse<String> r = SERVER.client().get(path, "Accept", "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    private static Entry entryOf(Element cell) {
        String href = cell.attr("href");
        return REGISTRY.getById(href.substring(href.lastIndexOf('/') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyCellShowsItsName(String slug) {
        Lang lang = Lang.of(slug);
        Document d = page("/" + slug);
        List<Element> cells = d.select("section[aria-labelledby=overview] ul.grid a.cell");
        assertThat(cells).hasSize((int) REGISTRY.entries().stream().filter(e -> !e.code().hasSubcode()).count());
        for (Element cell : cells) {
            Entry e = entryOf(cell);
            assertThat(cell.selectFirst(".cell-code").text()).isEqualTo(e.id());
            assertThat(cell.selectFirst(".cell-name").text()).as(e.id())
                    .isEqualTo(lang == Lang.ZH ? e.title().zh() : e.phrase());
            assertThat(cell.classNames()).contains("c" + e.statusClass().id(), "s-" + e.standing().id());
        }
    }

    @Test
    void subStatusesAreGroupedUnderTheirParentNotInTheMainGrid() {
        Document d = page("/en");
        assertThat(d.select("section[aria-labelledby=overview] a.cell").stream().map(HomeGridTest::entryOf))
                .noneMatch(e -> e.code().hasSubcode());
        Map<Integer, List<String>> expected = REGISTRY.entries().stream().filter(e -> e.code().hasSubcode())
                .collect(Collectors.groupingBy(e -> e.code().code(), TreeMap::new,
                        Collectors.mapping(Entry::id, Collectors.toList())));
        assertThat(expected).isNotEmpty();
        Element section = d.selectFirst("section[aria-labelledby=sub-statuses]");
        assertThat(section.select("h3[id^=sub-]").eachAttr("id"))
                .containsExactlyElementsOf(expected.keySet().stream().map(c -> "sub-" + c).toList());
        for (Map.Entry<Integer, List<String>> group : expected.entrySet()) {
            Element heading = section.getElementById("sub-" + group.getKey());
            // The heading links to the parent code's page; the grid right after it holds exactly its sub-statuses.
            assertThat(heading.select("a").attr("href")).isEqualTo("/en/codes/" + group.getKey());
            Element grid = heading.nextElementSibling();
            assertThat(grid.select("a.cell").stream().map(c -> entryOf(c).id()).toList())
                    .containsExactlyElementsOf(group.getValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theLegendNamesEveryStandingWithItsBorderStyle(String slug) {
        Lang lang = Lang.of(slug);
        Document d = page("/" + slug);
        Element legend = d.selectFirst("section[aria-labelledby=overview] .legend");
        List<Element> items = legend.select("li");
        assertThat(items.stream().map(Element::text).toList())
                .containsExactlyElementsOf(REGISTRY.standings().stream().map(l -> l.name().in(lang)).toList());
        for (int i = 0; i < items.size(); i++) {
            Label s = REGISTRY.standings().get(i);
            assertThat(items.get(i).selectFirst("span.swatch").classNames()).contains("s-" + s.id());
        }
        // Every border style a cell can have is explained.
        assertThat(d.select("a.cell").stream().flatMap(c -> c.classNames().stream()).filter(n -> n.startsWith("s-"))
                .distinct()).allSatisfy(n -> assertThat(legend.select("span.swatch." + n)).hasSize(1));
        String css = SERVER.client().get("/assets/app.css").body();
        assertThat(css).contains(".s-vendor:is(.cell, .swatch)", ".s-deprecated:is(.cell, .swatch)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void eachClassIsLinkedFromTheTop(String slug) {
        Document d = page("/" + slug);
        List<String> links = d.select("nav.class-links a[href]").eachAttr("href");
        assertThat(links).containsExactly("#class-1xx", "#class-2xx", "#class-3xx", "#class-4xx", "#class-5xx",
                "#class-invalid");
        for (String href : links) {
            assertThat(d.getElementById(href.substring(1))).as(href).isNotNull();
        }
    }

    @Test
    void idsWithADotBreakOnlyAfterIt() {
        String html = SERVER.client().get("/en", "Accept", "text/html").body();
        for (Entry e : REGISTRY.entries()) {
            if (e.id().contains(".")) {
                assertThat(html).as(e.id()).contains("<span class=\"cell-code\">" + e.id().replace(".", ".<wbr>")
                        + "</span>");
            }
        }
        assertThat(html).contains("103.<wbr>spring");
    }

    @Test
    void anEmptyFilterSaysSoInsteadOfShowingEmptyHeadings() {
        String[] empty = emptyCombination();
        Document d = page("/en?standing=" + empty[0] + "&vendor=" + empty[1]);
        assertThat(d.select("p.empty").text()).isNotBlank();
        assertThat(d.select("p.empty + p a").attr("href")).isEqualTo("/en");
        assertThat(d.select("h2, h3")).isEmpty();
        assertThat(d.select("ul.grid, ul.entries")).isEmpty();
        Document zh = page("/zh?standing=" + empty[0] + "&vendor=" + empty[1]);
        assertThat(zh.select("p.empty").text()).endsWith("。");
    }

    /** A standing and a vendor with no entry in common, found in the registry. */
    private static String[] emptyCombination() {
        for (Label v : REGISTRY.vendors()) {
            for (Standing s : Standing.values()) {
                if (REGISTRY.list(EntryFilter.all().withStanding(s).byVendor(v.id())).isEmpty()) {
                    return new String[] {s.id(), v.id()};
                }
            }
        }
        throw new AssertionError("every standing and vendor share an entry");
    }
}

package dev.httpcodes.core.search;

import static dev.httpcodes.core.TextNormalizer.normalize;
import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Ranking as readers expect it. Expected codes come from the knowledge base (the synonyms and
 * {@code knowledge/search/ranking-cases.yaml}) or are relations that must hold for every entry, never from phrases
 * written here.
 */
class SearchRankingTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Search SEARCH = new Search(REGISTRY);

    static Path knowledge() {
        String dir = System.getProperty("knowledge.dir");
        return dir != null ? Path.of(dir) : Path.of("..", "knowledge");
    }

    static JsonNode cases() throws IOException {
        return YAMLMapper.builder().build().readTree(
                Files.readString(knowledge().resolve("search").resolve("ranking-cases.yaml")));
    }

    static Stream<JsonNode> rankingCases() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        cases().path("cases").forEach(rows::add);
        return rows.stream();
    }

    static Stream<JsonNode> vendorCases() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        cases().path("vendor-cases").forEach(rows::add);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankingCases")
    void theTableOfRankingCases(JsonNode row) {
        List<String> expected = new ArrayList<>();
        row.path("first").forEach(id -> expected.add(id.asString()));
        assertThat(ids(row.path("query").asString(), expected.size())).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendorCases")
    void aQueryNamingAVendorPutsThatVendorFirst(JsonNode row) {
        String vendor = row.path("vendor").asString();
        // With a code: as many places as the vendor has meanings of it (up to five) go to them; else the first.
        long meanings = !row.has("code") ? 1 : REGISTRY.entries().stream()
                .filter(e -> e.vendor().map(Label::id).orElse("").equals(vendor))
                .filter(e -> e.code().code() == row.path("code").asInt()).count();
        List<SearchHit> hits = SEARCH.search(row.path("query").asString(), (int) Math.min(5, meanings));
        assertThat(hits).isNotEmpty();
        for (SearchHit hit : hits) {
            assertThat(hit.entry().vendor().map(Label::id)).as(hit.entry().id()).contains(vendor);
            if (row.has("code")) {
                assertThat(hit.entry().code().code()).as(hit.entry().id()).isEqualTo(row.path("code").asInt());
            }
        }
    }

    @Test
    void everyIdRanksItsOwnEntryFirst() {
        for (Entry e : REGISTRY.entries()) {
            assertThat(SEARCH.search(e.id(), 1)).as(e.id()).extracting(SearchHit::entry).containsExactly(e);
            assertThat(SEARCH.exactEntry(e.id())).as(e.id()).contains(e);
        }
    }

    @Test
    void aBareNumberRanksItsStandardMeaningFirstAndItsSubStatusesAfterTheCodesItNames() {
        for (Entry e : REGISTRY.entries()) {
            if (e.code().hasSubcode()) {
                continue;
            }
            int code = e.code().code();
            String number = String.format("%03d", code);
            Entry standard = REGISTRY.find(code).get(0);
            List<String> ranked = ids(number, 60);
            assertThat(ranked.get(0)).as(number).isEqualTo(standard.id());
            assertThat(SEARCH.exactEntry(number)).as(number).contains(standard);
            for (Entry sub : REGISTRY.subStatuses(code)) {
                // A sub-status may rank among the codes the entry names as related, never before the standard code.
                int at = ranked.indexOf(sub.id());
                assertThat(at).as("%s for %d", sub.id(), code).isNotEqualTo(0);
            }
        }
    }

    @Test
    void aCodeNumberInsideAnotherIdDoesNotOutrankTheCodesTheEntryNames() {
        // 504 also occurs in the ids of IIS sub-statuses such as 401.504: those come after every code 504 names.
        for (Entry e : REGISTRY.entries()) {
            // A number with several meanings lists them all first; the relation is about one meaning.
            if (e.code().hasSubcode() || e.related().isEmpty() || REGISTRY.find(e.code()).size() > 1) {
                continue;
            }
            List<String> ranked = ids(e.id(), 1 + e.related().size());
            assertThat(ranked.subList(1, ranked.size())).as(e.id()).containsExactlyElementsOf(e.related());
        }
    }

    @Test
    void eachSynonymTermListsItsCodesFirstInTheKnowledgeBaseOrder() {
        Map<String, List<String>> groups = SEARCH.synonyms().asMap();
        assertThat(groups).isNotEmpty();
        groups.forEach((term, codes) -> assertThat(ids(term, codes.size())).as(term).containsExactlyElementsOf(codes));
    }

    @Test
    void withoutAVendorInTheQueryAStandardCodeOutranksVendorMeaningsMatchingAsWell() {
        // Each standard entry's own title, searched for, ranks no vendor meaning or sub-status above it.
        for (Entry e : REGISTRY.entries()) {
            String phrase = normalize(e.phrase());
            boolean shared = REGISTRY.entries().stream().filter(o -> normalize(o.phrase()).equals(phrase)).count() > 1;
            if (e.vendor().isPresent() || e.code().hasSubcode() || shared || !SEARCH.synonyms().exact(phrase).isEmpty()) {
                continue;
            }
            List<SearchHit> hits = SEARCH.search(e.phrase(), 5);
            assertThat(hits).as(e.phrase()).isNotEmpty();
            assertThat(hits.get(0).entry()).as(e.phrase()).isEqualTo(e);
        }
    }

    @Test
    void withoutSynonymsTheTextAloneDecides() {
        Search plain = new Search(REGISTRY, Synonyms.none());
        String term = SEARCH.synonyms().asMap().keySet().stream().sorted().findFirst().orElseThrow();
        assertThat(plain.search(term, 50)).noneMatch(h -> h.field().equals("synonym"));
        assertThat(SEARCH.search(term, 1)).allMatch(h -> h.field().equals("synonym"));
    }

    @Test
    void noExactEntryForTextOrBlank() {
        assertThat(SEARCH.exactEntry("rate limit")).isEmpty();
        assertThat(SEARCH.exactEntry(" ")).isEmpty();
        assertThat(SEARCH.exactEntry(null)).isEmpty();
        assertThat(SEARCH.exactEntry("999999")).isEmpty();
    }

    private static List<String> ids(String query, int limit) {
        return SEARCH.search(query, limit).stream().map(h -> h.entry().id()).toList();
    }

    @Test
    void wordsThatMatchNothingSuggestTheNearestNames() {
        // A long standard phrase with its words run together matches no word, yet suggests its entry.
        for (Entry e : REGISTRY.entries()) {
            String q = normalize(e.phrase()).replace(" ", "");
            if (q.length() < 12 || e.vendor().isPresent() || e.code().hasSubcode() || !SEARCH.search(q, 1).isEmpty()) {
                continue;
            }
            assertThat(SEARCH.suggest(q, 3)).as(q).contains(e.id());
        }
        assertThat(SEARCH.suggest("qwxzkjv", 3)).isEmpty();
    }
}

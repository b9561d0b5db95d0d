package dev.httpcodes.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.Registry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTest {
    private static final Search SEARCH = new Search(Registry.standard());

    @ParameterizedTest(name = "{0} → {1} first")
    @CsvSource({
        "404, 404",
        "403.14, 403.14",
        "Not Found, 404",
        "not   FOUND, 404",
        "not foud, 404",
        "teapot, 418",
        "网关超时, 504",
        "Gateway Timeout, 504",
        "gatway timeout, 504",
        "too many requests, 429",
        "client closed request, 499",
        "Directory listing denied, 403.14",
        "enhance your calm, 420",
    })
    void bestHitFirst(String query, String expectedId) {
        assertThat(first(query)).isEqualTo(expectedId);
    }

    @Test
    void chineseWordFindsEveryTimeout() {
        List<String> ids = ids("超时", 15);
        assertThat(ids).contains("408", "504", "524");
    }

    @Test
    void rateLimitFindsTheRateLimitingCodes() {
        assertThat(ids("rate limit", 5)).contains("429");
        assertThat(ids("限流", 8)).contains("429");
    }

    @Test
    void exactCodeOutranksTextMentioningIt() {
        List<SearchHit> hits = SEARCH.search("502", 10);
        assertThat(hits.get(0).entry().id()).isEqualTo("502");
        assertThat(hits.get(0).field()).isEqualTo("code");
    }

    @Test
    void phraseOutranksTitleOutranksText() {
        // The text ranking alone: the bundled synonyms would answer this phrase before the text is looked at.
        List<SearchHit> hits = new Search(Registry.standard(), Synonyms.none()).search("Bad Gateway", 10);
        assertThat(hits.get(0).entry().id()).isEqualTo("502");
        assertThat(hits.get(0).field()).isEqualTo("phrase");
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void nothingForGibberishAndBlank() {
        assertThat(SEARCH.search("qwxzkjv", 10)).isEmpty();
        assertThat(SEARCH.search("   ", 10)).isEmpty();
        assertThat(SEARCH.search(null, 10)).isEmpty();
    }

    @Test
    void limitIsHonouredAndChecked() {
        // "error" matches many entries: the limit cuts the full ranking to exactly its first three, in order.
        var all = SEARCH.search("error", 10_000);
        assertThat(all).hasSizeGreaterThan(3);
        assertThat(SEARCH.search("error", 3)).containsExactlyElementsOf(all.subList(0, 3));
        assertThatThrownBy(() -> SEARCH.search("error", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void suggestionsForNearMisses() {
        assertThat(SEARCH.suggest("4044", 3)).contains("404");
        assertThat(SEARCH.suggest("40", 3)).isNotEmpty().allMatch(id -> id.startsWith("40"));
        assertThat(SEARCH.suggest("not foud", 3)).startsWith("404");
        assertThat(SEARCH.suggest("", 3)).isEmpty();
    }

    private static String first(String query) {
        List<SearchHit> hits = SEARCH.search(query, 1);
        assertThat(hits).as("hits for %s", query).isNotEmpty();
        return hits.get(0).entry().id();
    }

    private static List<String> ids(String query, int limit) {
        return SEARCH.search(query, limit).stream().map(h -> h.entry().id()).toList();
    }
}

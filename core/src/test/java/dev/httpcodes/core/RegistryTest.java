package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class RegistryTest {
    private final Registry registry = Registry.standard();

    @Test
    void lookupByIntReturnsEveryMeaningStandardFirst() {
        List<Entry> meanings = registry.find(451);
        assertThat(meanings.get(0).id()).isEqualTo("451");
        assertThat(meanings.get(0).standing()).isEqualTo(Standing.STANDARD);
        assertThat(meanings).extracting(Entry::id).contains("451.microsoft");
        assertThat(registry.find(499)).extracting(Entry::id).startsWith("499").contains("499.esri");
    }

    @Test
    void lookupOfANumberLeavesOutItsSubStatuses() {
        assertThat(registry.find(403)).extracting(Entry::id).containsExactly("403");
        assertThat(registry.subStatuses(403)).extracting(Entry::id).contains("403.14", "403.1")
                .allMatch(id -> id.startsWith("403."));
    }

    @Test
    void queryForms() {
        assertThat(ids("404")).containsExactly("404");
        assertThat(ids("403.14")).containsExactly("403.14");
        assertThat(ids("500-11")).containsExactly("500.11");
        assertThat(ids("499.esri")).containsExactly("499.esri");
        assertThat(ids("404 Not Found")).containsExactly("404");
        assertThat(ids("404   not FOUND")).containsExactly("404");
        assertThat(ids("Not Found")).startsWith("404");
        assertThat(ids("i'm a teapot")).containsExactly("418");
        assertThat(ids("网关超时")).contains("504");
        assertThat(ids("4xx")).contains("404", "418", "403.14", "499").allMatch(id -> id.startsWith("4"));
        assertThat(ids("5XX")).contains("503", "520").allMatch(id -> id.startsWith("5"));
    }

    @Test
    void aCodeWithTheWrongPhraseMatchesNothing() {
        assertThat(registry.find("404 Bad Gateway")).isEmpty();
    }

    @Test
    void entriesAreSortedByCodeThenSubStatus() {
        List<Entry> all = registry.entries();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).code()).isLessThanOrEqualTo(all.get(i).code());
        }
    }

    @Test
    void filters() {
        assertThat(registry.list(EntryFilter.all().byVendor("NGINX")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.vendor().orElseThrow().id()).isEqualTo("nginx"));
        assertThat(registry.list(EntryFilter.all().inClass(StatusClass.SERVER_ERROR).withStanding(Standing.VENDOR)
                .byVendor("cloudflare"))).extracting(Entry::id).contains("520", "521", "522", "523", "524");
        assertThat(registry.list(EntryFilter.all().withStanding(Standing.UNUSED))).extracting(Entry::id)
                .containsExactly("306", "418");
        assertThat(registry.list(EntryFilter.all().byVendor("no-such-vendor"))).isEmpty();
    }

    @Test
    void filtersFromText() {
        assertThat(registry.list(EntryFilter.parse(registry, "5XX", "vendor", "Cloudflare"))).extracting(Entry::id)
                .contains("520", "530").allMatch(id -> id.startsWith("5"));
        assertThat(EntryFilter.parse(registry, null, null, null)).isEqualTo(EntryFilter.all());
        assertThatThrownBy(() -> EntryFilter.parse(registry, "6xx", null, null))
                .isInstanceOf(InvalidFilterException.class)
                .satisfies(e -> {
                    InvalidFilterException f = (InvalidFilterException) e;
                    assertThat(f.parameter()).isEqualTo("class");
                    assertThat(f.value()).isEqualTo("6xx");
                    assertThat(f.allowed()).contains("5xx", "invalid");
                });
        assertThatThrownBy(() -> EntryFilter.parse(registry, null, "offical", null)).hasMessageContaining("standing");
        assertThatThrownBy(() -> EntryFilter.parse(registry, null, null, "ngnix")).hasMessageContaining("\"ngnix\"");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "40", "1000", "404.x", "4xx5", "   ", "999.9"})
    void badInputFindsNothingAndGetNamesTheInput(String input) {
        assertThat(registry.find(input)).isEmpty();
        assertThatThrownBy(() -> registry.get(input))
                .isInstanceOf(UnknownStatusCodeException.class)
                .hasMessageContaining(input == null ? "null" : "\"" + input + "\"")
                .satisfies(e -> assertThat(((UnknownStatusCodeException) e).input()).isEqualTo(input));
    }

    @Test
    void getByIdAndIntThrowForUnknown() {
        assertThatThrownBy(() -> registry.getById("123")).isInstanceOf(UnknownStatusCodeException.class)
                .hasMessageContaining("\"123\"");
        assertThatThrownBy(() -> registry.get(123)).isInstanceOf(UnknownStatusCodeException.class)
                .hasMessageContaining("123");
        assertThat(registry.find(-1)).isEmpty();
        assertThat(registry.find(1000)).isEmpty();
        assertThat(registry.findById(null)).isEmpty();
    }

    @Test
    void taxonomyLabels() {
        assertThat(registry.label(StatusClass.CLIENT_ERROR).id()).isEqualTo("4xx");
        assertThat(registry.label(Standing.VENDOR).name().zh()).isNotBlank();
        assertThat(registry.vendor("Cloudflare")).isPresent();
        assertThat(registry.stack("nginx")).isPresent();
        assertThat(registry.stack("cobol")).isEmpty();
        for (Entry e : registry.entries()) {
            e.troubleshooting().forEach(t -> assertThat(registry.stack(t.stack())).as(t.stack()).isPresent());
        }
    }

    @Test
    void semanticsOfWellKnownCodes() {
        Semantics s404 = registry.getById("404").semantics().orElseThrow();
        assertThat(s404.cacheable()).isTrue();
        Semantics s204 = registry.getById("204").semantics().orElseThrow();
        assertThat(s204.contentAllowed()).isFalse();
        Semantics s307 = registry.getById("307").semantics().orElseThrow();
        assertThat(s307.redirect()).contains(RedirectMethod.PRESERVES_METHOD);
        Semantics s303 = registry.getById("303").semantics().orElseThrow();
        assertThat(s303.redirect()).contains(RedirectMethod.CHANGES_TO_GET);
        Semantics s401 = registry.getById("401").semantics().orElseThrow();
        assertThat(s401.headers()).anySatisfy(h -> {
            assertThat(h.name()).isEqualTo("WWW-Authenticate");
            assertThat(h.requirement()).isEqualTo(Requirement.MUST);
        });
        assertThat(registry.getById("405").semantics().orElseThrow().headers())
                .anySatisfy(h -> assertThat(h.name()).isEqualTo("Allow"));
        assertThat(registry.getById("503").semantics().orElseThrow().retry()).isEqualTo(RetryPolicy.AFTER_DELAY);
    }

    @Test
    void logPatternsComeFromTheKnowledgeBase() {
        for (String id : List.of("slow-upstream", "bursts", "rate-limited", "server-errors", "scanning", "cdn-origin")) {
            Label p = registry.pattern(id);
            assertThat(p.name().zh()).as(id).containsPattern("\\p{IsHan}");
            assertThat(p.name().en().split("%s", -1).length).as("same placeholders in both languages of %s", id)
                    .isEqualTo(p.name().zh().split("%s", -1).length);
        }
        assertThatThrownBy(() -> registry.pattern("no-such-pattern")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registry.patternCodes("no-such-pattern")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void logPatternCodesAreTheTaxonomysAndNameEntries() {
        JsonNode taxonomy = KnowledgeFiles.taxonomy();
        for (JsonNode p : taxonomy.path("patterns")) {
            List<String> codes = new ArrayList<>();
            p.path("codes").forEach(c -> codes.add(c.asString()));
            String id = p.path("id").asString();
            assertThat(registry.patternCodes(id)).as(id).containsExactlyElementsOf(codes);
            assertThat(codes).as(id).allSatisfy(c -> assertThat(registry.findById(c)).isPresent());
        }
    }

    @Test
    void theBundledRegistryIsLoadedOnce() {
        assertThat(Registry.standard()).isSameAs(registry);
    }

    private List<String> ids(String query) {
        return registry.find(query).stream().map(Entry::id).toList();
    }
}

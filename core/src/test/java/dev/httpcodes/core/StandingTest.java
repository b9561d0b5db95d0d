package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The standings are taxonomy.yaml's: the enum, its flags and the registry's labels all follow that one list. */
class StandingTest {
    private static final Registry REGISTRY = Registry.standard();

    @Test
    void theEnumIsTheTaxonomysListInItsOrder() {
        List<String> ids = new ArrayList<>();
        List<String> registered = new ArrayList<>();
        for (JsonNode s : KnowledgeFiles.taxonomy().path("standings")) {
            ids.add(s.path("id").asString());
            if (s.path("registered").asBoolean()) {
                registered.add(s.path("id").asString());
            }
        }
        assertThat(Standing.values()).extracting(Standing::id).containsExactlyElementsOf(ids);
        assertThat(Standing.values()).filteredOn(Standing::isRegistered).extracting(Standing::id)
                .containsExactlyElementsOf(registered);
        for (Standing s : Standing.values()) {
            assertThat(Standing.fromId(" " + s.id().toUpperCase(java.util.Locale.ROOT) + " ")).hasValue(s);
            assertThat(REGISTRY.label(s).id()).isEqualTo(s.id());
        }
        assertThat(Standing.fromId("official")).isEmpty();
    }

    @Test
    void entriesHaveOnlyTheStandingsTheTaxonomyAllowsThem() {
        List<String> forEntries = new ArrayList<>();
        for (JsonNode s : KnowledgeFiles.taxonomy().path("standings")) {
            if (s.path("entries").asBoolean(true)) {
                forEntries.add(s.path("id").asString());
            }
        }
        assertThat(REGISTRY.standings()).extracting(Label::id).containsExactlyElementsOf(forEntries);
        assertThat(REGISTRY.entries()).allSatisfy(e -> assertThat(forEntries).contains(e.standing().id()));
    }
}

package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The vendor codes added for Dynamic IP Restrictions, ARR, Cloudflare, Envoy, browsers and Fastly: their ids
 * resolve, and what the registry says (vendor, standing, code, sub-status, sources) is what their YAML says.
 */
class NewEntriesTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Map<String, JsonNode> YAML = KnowledgeFiles.entries().stream()
            .collect(Collectors.toMap(n -> n.path("id").asString(), Function.identity()));

    @ParameterizedTest
    @ValueSource(strings = {"404.501", "404.502", "404.503", "404.504", "502.5.arr", "502.6", "502.7",
        "499.cloudflare", "000.envoy", "000.browser", "550", "600"})
    void resolvesWithTheFactsOfItsFile(String id) {
        Optional<Entry> found = REGISTRY.findById(id);
        assertThat(found).as(id).isPresent();
        Entry e = found.get();
        JsonNode yaml = YAML.get(id);
        assertThat(e.code().code()).isEqualTo(yaml.path("code").asInt());
        assertThat(e.code().subcode().orElse(-1)).isEqualTo(yaml.path("subcode").asInt(-1));
        assertThat(e.standing().id()).isEqualTo(yaml.path("standing").asString());
        assertThat(e.vendor().map(Label::id).orElse(null)).isEqualTo(yaml.path("vendor").asString(null));
        assertThat(e.phrase()).isEqualTo(yaml.path("phrase").asString());
        assertThat(e.references()).isNotEmpty().allSatisfy(r -> assertThat(r.url()).startsWith("https://"));
        assertThat(e.references()).hasSameSizeAs(yaml.path("references"));
        // Every new entry is found by its number too, beside the other meanings.
        assertThat(REGISTRY.find(e.code())).contains(e);
    }

    @Test
    void arrWebSocketFailureIsAnotherMeaningOf5025() {
        List<Entry> meanings = REGISTRY.find(StatusCode.of(502, 5));
        assertThat(meanings).extracting(Entry::id).containsExactly("502.5", "502.5.arr");
        assertThat(REGISTRY.subStatuses(404)).extracting(Entry::id)
                .contains("404.501", "404.502", "404.503", "404.504");
    }

    @Test
    void statusZeroHasItsThreeMeanings() {
        assertThat(REGISTRY.find(0)).extracting(Entry::id).containsExactly("000", "000.browser", "000.envoy");
    }

    @Test
    void grpcMappingIsWhatTheFilesSay() {
        List<String> withMapping = new ArrayList<>();
        for (JsonNode yaml : YAML.values()) {
            JsonNode grpc = yaml.path("semantics").path("grpc");
            Entry e = REGISTRY.getById(yaml.path("id").asString());
            List<String> expected = new ArrayList<>();
            grpc.forEach(n -> expected.add(n.asString()));
            assertThat(e.semantics().map(Semantics::grpc).orElse(List.of())).as(e.id()).isEqualTo(expected);
            if (!expected.isEmpty()) {
                withMapping.add(e.id());
            }
        }
        // The codes gRPC's HTTP-to-gRPC table names; every other code maps to UNKNOWN and carries no list.
        assertThat(withMapping).containsExactlyInAnyOrder("400", "401", "403", "404", "429", "502", "503", "504");
    }

    @Test
    void newStacksAndVendorsHaveNamesInBothLanguages() {
        for (String stack : List.of("envoy", "haproxy")) {
            Label l = REGISTRY.stack(stack).orElseThrow();
            assertThat(l.name().zh()).isNotBlank();
            assertThat(l.name().en()).isNotBlank();
        }
        for (String vendor : List.of("envoy", "fastly", "browser")) {
            assertThat(REGISTRY.vendor(vendor)).as(vendor).isPresent();
        }
    }
}

package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.knowledge.ChineseSpacing;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The knowledge base's content: coverage, languages, citations, troubleshooting where it is required. */
class KnowledgeDataTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    static List<String[]> ianaRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : resourceLines("/iana-registry.csv")) {
            if (line.startsWith("code,")) {
                continue;
            }
            String code = line.substring(0, line.indexOf(','));
            String rest = line.substring(line.indexOf(',') + 1);
            String phrase = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1))
                    : rest.substring(0, rest.indexOf(','));
            if (!phrase.equals("Unassigned")) {
                rows.add(new String[] {code, phrase});
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "IANA {0}")
    @MethodSource("ianaRows")
    void everyIanaCodeIsPresentWithItsExactPhrase(String code, String ianaPhrase) {
        // The registry adds a state to two phrases: "… (TEMPORARY - registered …)" and "Not Extended (OBSOLETED)";
        // that state is the entry's standing, the phrase is what comes before it.
        String phrase = ianaPhrase.replaceAll(" \\((TEMPORARY|OBSOLETED)[^)]*\\)$", "");
        Entry entry = REGISTRY.getById(code);
        assertThat(entry.phrase()).isEqualTo(phrase);
        assertThat(entry.standing().isRegistered()).as("standing of %s", code).isTrue();
        assertThat(entry.semantics()).as("semantics of %s", code).isPresent();
    }

    @Test
    void standingsOfSpecialRegisteredCodes() {
        assertThat(REGISTRY.getById("104").standing()).isEqualTo(Standing.TEMPORARY);
        assertThat(REGISTRY.getById("102").standing()).isEqualTo(Standing.DEPRECATED);
        assertThat(REGISTRY.getById("305").standing()).isEqualTo(Standing.DEPRECATED);
        assertThat(REGISTRY.getById("510").standing()).isEqualTo(Standing.OBSOLETE);
        assertThat(REGISTRY.getById("306").standing()).isEqualTo(Standing.UNUSED);
        assertThat(REGISTRY.getById("418").standing()).isEqualTo(Standing.UNUSED);
    }

    static List<String[]> seedCodes() throws IOException {
        List<String[]> codes = new ArrayList<>();
        for (String line : resourceLines("/seed-codes.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("=");
            codes.add(new String[] {parts[0].strip(), parts.length > 1 ? parts[1].strip() : parts[0].strip()});
        }
        return codes;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seedCodes")
    void everySeedCodeIsPresent(String seedSpelling, String id) {
        assertThat(REGISTRY.find(id)).as("entries for seed code %s", seedSpelling).isNotEmpty();
    }

    @Test
    void everyNumberFindsExactlyItsMeaningsInTheYaml() {
        Map<Integer, Set<String>> byNumber = new TreeMap<>();
        for (JsonNode f : KnowledgeFiles.entries()) {
            if (!f.path("subcode").isNumber()) {
                byNumber.computeIfAbsent(f.path("code").asInt(), k -> new java.util.TreeSet<>())
                        .add(f.path("id").asString());
            }
        }
        for (Map.Entry<Integer, Set<String>> n : byNumber.entrySet()) {
            List<Entry> found = REGISTRY.find(n.getKey());
            assertThat(found).extracting(Entry::id).as("meanings of %d", n.getKey())
                    .containsExactlyInAnyOrderElementsOf(n.getValue());
            // The plain id (the standard or best-known meaning) comes first.
            if (n.getValue().contains(Integer.toString(n.getKey()))) {
                assertThat(found.get(0).id()).isEqualTo(String.format("%03d", n.getKey()));
            }
        }
    }

    static List<Entry> allEntries() {
        return REGISTRY.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allEntries")
    void everyEntryIsBilingualAndCited(Entry e) {
        for (LocalizedText t : List.of(e.title(), e.summary(), e.description())) {
            assertThat(t.zh()).as("zh text of %s has Chinese", e.id()).containsPattern(CJK);
            assertThat(t.en()).as("en text of %s is not Chinese", e.id()).doesNotContainPattern(CJK);
        }
        assertThat(e.references()).as("references of %s", e.id()).isNotEmpty();
        assertThat(e.references()).allSatisfy(r -> assertThat(r.url()).startsWith("https://"));
        assertThat(e.keywords(Lang.ZH)).as("zh keywords of %s", e.id()).isNotEmpty();
        assertThat(e.keywords(Lang.EN)).as("en keywords of %s", e.id()).isNotEmpty();
        e.troubleshooting().forEach(t -> {
            assertThat(t.cause().zh()).containsPattern(CJK);
            t.fixes().forEach(f -> assertThat(f.zh()).as("fix in %s", e.id()).containsPattern(CJK));
        });
        if (e.standing() == Standing.VENDOR) {
            assertThat(e.vendor()).as("vendor of %s", e.id()).isPresent();
        }
    }

    static List<String> troubleshootingRequired() {
        List<String> ids = new ArrayList<>(List.of("400", "401", "403", "404", "405", "408", "413", "414", "429",
                "431", "444", "499", "520", "521", "522", "523", "524"));
        // Every 5xx code of the seed.
        ids.addAll(List.of("500", "500.11", "500.12", "500.13", "500.14", "500.15", "500.100", "501", "502",
                "503", "504", "505", "506", "507", "508", "509", "510", "511", "598", "599"));
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("troubleshootingRequired")
    void troubleshootingIsPresentWhereRequired(String id) {
        assertThat(REGISTRY.getById(id).troubleshooting()).as("troubleshooting of %s", id).isNotEmpty();
    }

    @Test
    void codesOutsideTheValidRangeAreMarkedInvalid() {
        List<Entry> invalid = REGISTRY.list(EntryFilter.all().inClass(StatusClass.INVALID));
        List<String> expected = new ArrayList<>();
        for (JsonNode f : KnowledgeFiles.entries()) {
            int code = f.path("code").asInt();
            if (code < 100 || code > 599) {
                expected.add(f.path("id").asString());
            }
        }
        assertThat(invalid).extracting(Entry::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(invalid).allSatisfy(e -> assertThat(e.code().code() < 100 || e.code().code() > 599).as(e.id()).isTrue());
    }

    @Test
    void compiledRegistryHoldsExactlyWhatTheYamlSays() {
        List<JsonNode> files = KnowledgeFiles.entries();
        assertThat(REGISTRY.entries()).hasSize(files.size());
        for (JsonNode f : files) {
            Entry e = REGISTRY.getById(f.path("id").asString());
            assertThat(e.phrase()).isEqualTo(f.path("phrase").asString());
            assertThat(e.code().code()).as(e.id()).isEqualTo(f.path("code").asInt());
            assertThat(e.code().subcode()).as(e.id()).isEqualTo(f.path("subcode").isNumber()
                    ? java.util.Optional.of(f.path("subcode").asInt()) : java.util.Optional.empty());
            assertThat(e.vendor().map(Label::id)).as(e.id()).isEqualTo(f.path("vendor").isString()
                    ? java.util.Optional.of(f.path("vendor").asString()) : java.util.Optional.empty());
            List<String> aliases = new ArrayList<>();
            f.path("aliases").forEach(a -> aliases.add(a.asString()));
            assertThat(e.aliases()).as(e.id()).containsExactlyElementsOf(aliases);
            assertThat(e.standing().id()).isEqualTo(f.path("standing").asString());
            assertThat(e.title()).isEqualTo(text(f.path("title")));
            assertThat(e.summary()).isEqualTo(text(f.path("summary")));
            assertThat(e.description()).isEqualTo(text(f.path("description")));
            assertThat(e.history()).isEqualTo(f.has("history") ? java.util.Optional.of(text(f.path("history")))
                    : java.util.Optional.empty());
            List<Reference> references = new ArrayList<>();
            f.path("references").forEach(r -> references.add(new Reference(r.path("label").asString(),
                    r.path("url").asString())));
            assertThat(e.references()).containsExactlyElementsOf(references);
            List<String> related = new ArrayList<>();
            f.path("related").forEach(r -> related.add(r.asString()));
            assertThat(e.related()).containsExactlyElementsOf(related);
            List<Troubleshooting> troubleshooting = new ArrayList<>();
            for (JsonNode t : f.path("troubleshooting")) {
                List<LocalizedText> fixes = new ArrayList<>();
                t.path("fixes").forEach(x -> fixes.add(text(x)));
                troubleshooting.add(new Troubleshooting(t.path("stack").asString(), text(t.path("cause")), fixes));
            }
            assertThat(e.troubleshooting()).as(e.id()).containsExactlyElementsOf(troubleshooting);
            List<LocalizedText> misconceptions = new ArrayList<>();
            f.path("misconceptions").forEach(m -> misconceptions.add(text(m)));
            assertThat(e.misconceptions()).as(e.id()).containsExactlyElementsOf(misconceptions);
            assertThat(e.semantics().isPresent()).isEqualTo(f.has("semantics"));
            e.semantics().ifPresent(s -> {
                JsonNode y = f.path("semantics");
                assertThat(s.contentAllowed()).as(e.id()).isEqualTo(y.path("content").asString().equals("allowed"));
                assertThat(s.closesConnection()).as(e.id()).isEqualTo(y.path("closesConnection").asBoolean(false));
                List<String> headers = new ArrayList<>();
                y.path("headers").forEach(h -> headers.add(h.path("name").asString() + " "
                        + h.path("requirement").asString() + " " + h.path("direction").asString("response")));
                assertThat(s.headers()).as(e.id()).extracting(h -> h.name() + " " + h.requirement().id() + " "
                        + (h.request() ? "request" : "response")).containsExactlyElementsOf(headers);
            });
            assertThat(e.vendor().map(Label::id).orElse(null))
                    .isEqualTo(f.path("vendor").isString() ? f.path("vendor").asString() : null);
        }
    }

    @Test
    void relatedIdsAllResolve() {
        for (Entry e : REGISTRY.entries()) {
            assertThat(e.related()).allSatisfy(id -> assertThat(REGISTRY.findById(id)).as("%s → %s", e.id(), id)
                    .isPresent());
        }
    }


    /** The text as the compiler stores it: line folds between Chinese characters removed. */
    private static LocalizedText text(JsonNode node) {
        return new LocalizedText(ChineseSpacing.clean(node.path("zh").asString()), node.path("en").asString());
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                KnowledgeDataTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}

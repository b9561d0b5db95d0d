package dev.httpcodes.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The lint rules and fingerprints: the real files pass, and each kind of mistake is caught with a clear message. */
class CheckKnowledgeValidatorTest {
    private static final Path KNOWLEDGE = Path.of(System.getProperty("knowledge.dir", "../knowledge"));
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @TempDir
    Path out;

    @Test
    void theRealFilesCompile() throws Exception {
        int[] counts = CheckKnowledgeCompiler.compile(KNOWLEDGE, out.resolve("check.bin"));
        assertThat(counts[0]).isEqualTo(read("lint-rules.yaml").path("rules").size());
        assertThat(counts[1]).isEqualTo(read("fingerprints.yaml").path("producers").size());
        byte[] bytes = Files.readAllBytes(out.resolve("check.bin"));
        assertThat(java.nio.ByteBuffer.wrap(bytes).getInt()).isEqualTo(CheckKnowledgeWriter.MAGIC);
    }

    private static JsonNode read(String name) throws Exception {
        return YAML.readTree(Files.readString(KNOWLEDGE.resolve(name)));
    }

    private static List<String> problems(Consumer<ObjectNode> rules, Consumer<ObjectNode> fingerprints)
            throws Exception {
        KnowledgeSource source = new KnowledgeSource(KNOWLEDGE);
        ObjectNode r = (ObjectNode) read("lint-rules.yaml");
        ObjectNode f = (ObjectNode) read("fingerprints.yaml");
        rules.accept(r);
        fingerprints.accept(f);
        CheckKnowledgeValidator v = new CheckKnowledgeValidator(Files.readString(KNOWLEDGE.resolve("lint-rules.schema.json")),
                Files.readString(KNOWLEDGE.resolve("fingerprints.schema.json")));
        try {
            v.validate(r, f, source.taxonomy(), source.entries());
            return List.of();
        } catch (KnowledgeException e) {
            return e.problems();
        }
    }

    private static ObjectNode rule(ObjectNode rules, String id) {
        for (JsonNode r : rules.path("rules")) {
            if (r.path("id").asString().equals(id)) {
                return (ObjectNode) r;
            }
        }
        throw new AssertionError(id);
    }

    private static ObjectNode signal(ObjectNode fingerprints, int producer, int signal) {
        return (ObjectNode) fingerprints.path("producers").get(producer).path("signals").get(signal);
    }

    @Test
    void aLevelThatDisagreesWithTheEntry() throws Exception {
        assertThat(problems(r -> rule(r, "www-authenticate-missing").put("level", "warning"), f -> { }))
                .anySatisfy(p -> assertThat(p).contains("www-authenticate-missing", "401", "MUST"));
        assertThat(problems(r -> rule(r, "location-missing").put("level", "error"), f -> { }))
                .anySatisfy(p -> assertThat(p).contains("location-missing", "SHOULD"));
    }

    @Test
    void contentAndCacheRulesMustFitTheEntries() throws Exception {
        assertThat(problems(r -> ((ArrayNode) rule(r, "content-forbidden").path("codes")).add("200"), f -> { }))
                .anySatisfy(p -> assertThat(p).contains("200", "allows content"));
        assertThat(problems(r -> ((ArrayNode) rule(r, "error-heuristically-cacheable").path("codes")).add("400"),
                f -> { })).anySatisfy(p -> assertThat(p).contains("400", "not cacheable"));
    }

    @Test
    void schemaAndCrossFileMistakes() throws Exception {
        assertThat(problems(r -> rule(r, "allow-missing").put("check", "no-such-check"), f -> { }))
                .anySatisfy(p -> assertThat(p).startsWith("lint-rules.yaml:"));
        assertThat(problems(r -> ((ObjectNode) rule(r, "allow-missing").path("message")).put("zh", "{value} 缺少"),
                f -> { })).anySatisfy(p -> assertThat(p).contains("placeholders differ"));
        assertThat(problems(r -> rule(r, "allow-missing").put("id", "location-missing"), f -> { }))
                .anySatisfy(p -> assertThat(p).contains("used twice"));
        assertThat(problems(r -> ((ArrayNode) rule(r, "allow-missing").path("codes")).set(0, "599-500"), f -> { }))
                .anySatisfy(p -> assertThat(p).contains("is empty"));
    }

    @Test
    void fingerprintMistakes() throws Exception {
        assertThat(problems(r -> { }, f -> signal(f, 0, 0).put("match", "([unclosed")))
                .anySatisfy(p -> assertThat(p).contains("does not compile"));
        assertThat(problems(r -> { }, f -> signal(f, 0, 0).put("capture", "version")))
                .anySatisfy(p -> assertThat(p).contains("needs a regex with a group"));
        assertThat(problems(r -> { }, f -> ((ObjectNode) f.path("producers").get(0)).put("vendor", "nobody")))
                .anySatisfy(p -> assertThat(p).contains("unknown vendor nobody"));
        assertThat(problems(r -> { }, f -> signal(f, 0, 0).remove("header")))
                .anySatisfy(p -> assertThat(p).startsWith("fingerprints.yaml:"));
    }

    @Test
    void brokenYamlIsNamed() throws Exception {
        Path k = out.resolve("k");
        KnowledgeCompilerTest.copyBase(k);
        for (String f : List.of("lint-rules.schema.json", "fingerprints.schema.json", "fingerprints.yaml")) {
            Files.copy(KNOWLEDGE.resolve(f), k.resolve(f));
        }
        Files.writeString(k.resolve("lint-rules.yaml"), "rules: [\n");
        assertThatThrownBy(() -> CheckKnowledgeCompiler.compile(k, out.resolve("x.bin")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("lint-rules.yaml: not valid YAML");
    }
}

package dev.httpcodes.knowledge.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.knowledge.KnowledgeCompiler;
import dev.httpcodes.knowledge.KnowledgeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guides compile from the real knowledge base, and each kind of mistake fails naming file and line. */
class GuideCompilerTest {
    private static final Path KNOWLEDGE = Path.of(System.getProperty("knowledge.dir", "../knowledge"));
    private static final Set<String> IDS = Set.of("200", "201", "401", "403", "404", "410", "499.esri");

    @TempDir
    Path temp;
    Path guides;

    @BeforeEach
    void copySchemas() throws IOException {
        guides = temp.resolve("k/guides");
        Files.createDirectories(guides);
        for (String f : new String[] {"which.schema.json", "compare.schema.json"}) {
            Files.copy(KNOWLEDGE.resolve("guides").resolve(f), guides.resolve(f));
        }
        write("compare.yaml", """
                pairs:
                  - codes: ["401", "403"]
                    distinction: {zh: "区分。", en: "Apart."}
                """);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(guides.resolve(name), text);
    }

    private static final String FLOW = """
            start: first
            questions:
              - id: first
                text: {zh: "问？", en: "Ask?"}
                choices:
                  - label: {zh: "甲", en: "A"}
                    next: second
                  - label: {zh: "乙", en: "B"}
                    answer: {code: "404", why: {zh: "因为。", en: "Because."}, also: ["410"]}
              - id: second
                text: {zh: "再问？", en: "Again?"}
                choices:
                  - label: {zh: "甲", en: "A"}
                    answer: {code: "200", why: {zh: "因为。", en: "Because."}}
                  - label: {zh: "乙", en: "B"}
                    answer: {code: "201", why: {zh: "因为。", en: "Because."}}
            """;

    private String problems(String which) throws IOException {
        write("which.yaml", which);
        try {
            new GuideCompiler().compile(temp.resolve("k"), IDS, temp.resolve("out/guides.bin"));
        } catch (KnowledgeException e) {
            return String.join("\n", e.problems());
        }
        throw new AssertionError("the guides compiled");
    }

    @Test
    void theRealKnowledgeBaseCompilesItsGuides() throws Exception {
        KnowledgeCompiler.compile(KNOWLEDGE, temp.resolve("out/knowledge.bin"), temp.resolve("src"));
        assertThat(temp.resolve("out/guides.bin")).exists();
    }

    @Test
    void aValidFlowCompiles() throws Exception {
        write("which.yaml", FLOW);
        assertThat(new GuideCompiler().compile(temp.resolve("k"), IDS, temp.resolve("out/g.bin"))).isTrue();
        assertThat(Files.size(temp.resolve("out/g.bin"))).isGreaterThan(8);
    }

    @Test
    void noGuidesFolderWritesNothing() throws Exception {
        assertThat(new GuideCompiler().compile(temp.resolve("none"), IDS, temp.resolve("x.bin"))).isFalse();
        assertThat(temp.resolve("x.bin")).doesNotExist();
    }

    @Test
    void unknownNextQuestionNamesItsLine() throws IOException {
        assertThat(problems(FLOW.replace("next: second", "next: secnd")))
                .contains("guides/which.yaml:7: choice leads to an unknown question \"secnd\"")
                .contains("guides/which.yaml:10: question \"second\" cannot be reached");
    }

    @Test
    void unknownCodeNamesItsLine() throws IOException {
        assertThat(problems(FLOW.replace("code: \"201\"", "code: \"299\"")))
                .isEqualTo("guides/which.yaml:16: \"299\" is not the id of any entry");
        assertThat(problems(FLOW.replace("also: [\"410\"]", "also: [\"404\"]")))
                .contains("guides/which.yaml:9: \"also\" repeats the answer's own code 404");
    }

    @Test
    void aQuestionReachedTwiceOrALoopIsRejected() throws IOException {
        String twice = FLOW.replace("    answer: {code: \"404\", why: {zh: \"因为。\", en: \"Because.\"}, also: [\"410\"]}",
                "    next: second");
        assertThat(problems(twice)).contains("guides/which.yaml:9: question \"second\" is already reached from line 7");
        String loop = FLOW.replace("    answer: {code: \"200\", why: {zh: \"因为。\", en: \"Because.\"}}",
                "    next: first");
        assertThat(problems(loop)).contains("guides/which.yaml:14: choice leads back to the first question");
    }

    @Test
    void schemaViolationsNameTheLine() throws IOException {
        // A choice with both next and answer, and a question with a single choice.
        String both = FLOW.replace("    next: second", "    next: second\n        answer: {code: \"200\", why: "
                + "{zh: \"因为。\", en: \"Because.\"}}");
        assertThat(problems(both)).startsWith("guides/which.yaml:6: ");
        String missingEnglish = FLOW.replace("text: {zh: \"再问？\", en: \"Again?\"}", "text: {zh: \"再问？\"}");
        assertThat(problems(missingEnglish)).startsWith("guides/which.yaml:11: ").contains("en");
    }

    @Test
    void duplicateQuestionIds() throws IOException {
        assertThat(problems(FLOW.replace("id: second", "id: first")))
                .contains("guides/which.yaml:10: question id \"first\" is already used on line 3");
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        assertThat(problems(FLOW + "  - id: [unclosed\n")).startsWith("guides/which.yaml:17: not valid YAML");
    }

    @Test
    void comparePairsAreChecked() throws IOException {
        write("compare.yaml", """
                pairs:
                  - codes: ["401", "403"]
                    distinction: {zh: "区分。", en: "Apart."}
                  - codes: ["403", "401"]
                    distinction: {zh: "区分。", en: "Apart."}
                  - codes: ["404", "404"]
                    distinction: {zh: "区分。", en: "Apart."}
                  - codes: ["404", "999"]
                    distinction: {zh: "区分。", en: "Apart."}
                """);
        assertThat(problems(FLOW)).contains(
                "guides/compare.yaml:4: the pair 403/401 is already described on line 2",
                "guides/compare.yaml:6: a pair needs two different codes, not 404 twice",
                "guides/compare.yaml:8: \"999\" is not the id of any entry");
    }

    @Test
    void strayFilesAreReported() throws IOException {
        write("whihc.yaml", FLOW);
        assertThat(problems(FLOW)).contains("guides/whihc.yaml: unexpected file");
    }
}

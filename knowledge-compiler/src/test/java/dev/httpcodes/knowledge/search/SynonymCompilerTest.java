package dev.httpcodes.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.knowledge.KnowledgeCompiler;
import dev.httpcodes.knowledge.KnowledgeException;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synonyms compile from the real knowledge base, and each kind of mistake fails naming file and line. */
class SynonymCompilerTest {
    private static final Path KNOWLEDGE = Path.of(System.getProperty("knowledge.dir", "../knowledge"));
    private static final Set<String> IDS = Set.of("408", "429", "503", "504");

    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void copySchema() throws IOException {
        folder = temp.resolve("k/search");
        Files.createDirectories(folder);
        Files.copy(KNOWLEDGE.resolve("search/synonyms.schema.json"), folder.resolve("synonyms.schema.json"));
    }

    private String problems(String synonyms) throws IOException {
        Files.writeString(folder.resolve("synonyms.yaml"), synonyms);
        try {
            new SynonymCompiler().compile(temp.resolve("k"), IDS, temp.resolve("out/synonyms.bin"));
        } catch (KnowledgeException e) {
            return String.join("\n", e.problems());
        }
        throw new AssertionError("the synonyms compiled");
    }

    @Test
    void theRealKnowledgeBaseCompilesItsSynonyms() throws Exception {
        KnowledgeCompiler.compile(KNOWLEDGE, temp.resolve("out/knowledge.bin"), temp.resolve("src"));
        assertThat(temp.resolve("out/synonyms.bin")).exists();
    }

    @Test
    void aValidFileCompilesZhTermsBeforeEnTerms() throws Exception {
        Files.writeString(folder.resolve("synonyms.yaml"), """
                groups:
                  - terms: {zh: [限流], en: [rate limit, throttled]}
                    codes: ["429", "503"]
                """);
        assertThat(new SynonymCompiler().compile(temp.resolve("k"), IDS, temp.resolve("out/s.bin"))).isTrue();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(temp.resolve("out/s.bin")))) {
            assertThat(in.readInt()).isEqualTo(SynonymCompiler.MAGIC);
            assertThat(in.readInt()).isEqualTo(SynonymCompiler.VERSION);
            assertThat(in.readInt()).isEqualTo(1);
            assertThat(in.readInt()).isEqualTo(3);
            assertThat(in.readUTF()).isEqualTo("限流");
            assertThat(in.readUTF()).isEqualTo("rate limit");
            assertThat(in.readUTF()).isEqualTo("throttled");
            assertThat(in.readInt()).isEqualTo(2);
            assertThat(in.readUTF()).isEqualTo("429");
            assertThat(in.readUTF()).isEqualTo("503");
            assertThat(in.available()).isZero();
        }
    }

    @Test
    void anUnknownCodeIsNamedWithItsLine() throws IOException {
        assertThat(problems("""
                groups:
                  - terms: {zh: [超时], en: [timeout]}
                    codes:
                      - "504"
                      - "999"
                """)).contains("search/synonyms.yaml:5: \"999\" is not the id of any entry");
    }

    @Test
    void aTermInTwoGroupsOrACodeTwiceIsRejected() throws IOException {
        String p = problems("""
                groups:
                  - terms: {zh: [超时], en: [Time-out]}
                    codes: ["504", "504"]
                  - terms: {zh: [等待], en: [time out]}
                    codes: ["408"]
                """);
        assertThat(p).contains("\"504\" appears twice in this group")
                .contains("search/synonyms.yaml:4: the term \"time out\" is already in the group on line 2");
    }

    @Test
    void theSchemaIsEnforced() throws IOException {
        assertThat(problems("""
                groups:
                  - terms: {en: [timeout]}
                    codes: ["504"]
                """)).contains("search/synonyms.yaml:2:").contains("zh");
        assertThat(problems("groups: [\n")).contains("not valid YAML");
    }

    @Test
    void anUnexpectedFileOrAMissingSchemaIsReported() throws IOException {
        Files.writeString(folder.resolve("synonym.yaml"), "groups: []\n");
        assertThat(problems("""
                groups:
                  - terms: {zh: [超时], en: [timeout]}
                    codes: ["504"]
                """)).contains("search/synonym.yaml: unexpected file");
        Files.delete(folder.resolve("synonym.yaml"));
        Files.delete(folder.resolve("synonyms.schema.json"));
        assertThat(problems("groups: []\n")).contains("needs synonyms.yaml and synonyms.schema.json");
    }

    @Test
    void aRankingCaseNamingNoEntryIsReported() throws IOException {
        Files.writeString(folder.resolve("ranking-cases.yaml"), """
                cases:
                  - {query: "x", first: ["429", "4299"]}
                """);
        assertThat(problems("""
                groups:
                  - terms: {zh: [限流], en: [rate limit]}
                    codes: ["429"]
                """)).contains("search/ranking-cases.yaml:2: \"4299\" is not the id of any entry");
    }

    @Test
    void noFolderWritesNothing() throws Exception {
        assertThat(new SynonymCompiler().compile(temp.resolve("none"), IDS, temp.resolve("out/s.bin"))).isFalse();
        assertThat(temp.resolve("out/s.bin")).doesNotExist();
    }
}

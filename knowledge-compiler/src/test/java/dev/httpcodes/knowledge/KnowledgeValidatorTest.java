package dev.httpcodes.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule the build enforces, shown failing on a small knowledge folder made for the purpose. */
class KnowledgeValidatorTest {
    @TempDir
    Path root;

    @BeforeEach
    void base() throws IOException {
        KnowledgeCompilerTest.copyBase(root);
    }

    private void write(String relative, String yaml) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, yaml);
    }

    private static String entry(String id, int code, String extra) {
        return """
                id: "%s"
                code: %d
                phrase: Example
                standing: unofficial
                title: {zh: 示例, en: Example}
                summary: {zh: 一句话。, en: One line.}
                description: {zh: 一段话。, en: A paragraph.}
                references: [{label: Example, url: "https://example.org/"}]
                keywords: {zh: [示例], en: [example]}
                %s
                """.formatted(id, code, extra);
    }

    private void assertProblem(String expected) {
        assertThatThrownBy(this::load).isInstanceOf(KnowledgeException.class).hasMessageContaining(expected);
    }

    private void load() throws Exception {
        KnowledgeSource source = new KnowledgeSource(root);
        KnowledgeCompiler.load(source, source.taxonomy());
    }

    @Test
    void aValidEntryPasses() throws Exception {
        write("4xx/460.yaml", entry("460", 460, ""));
        load();
        KnowledgeSource source = new KnowledgeSource(root);
        assertThat(KnowledgeCompiler.load(source, source.taxonomy())).hasSize(1);
    }

    @Test
    void schemaViolationsAreReported() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "colour: red").replace("title: {zh: 示例, en: Example}\n", ""));
        assertProblem("460.yaml");
        assertThatThrownBy(this::load).hasMessageContaining("title").hasMessageContaining("colour");
    }

    @Test
    void missingLanguageIsReported() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "").replace("{zh: 一句话。, en: One line.}", "{en: One line.}"));
        assertProblem("zh");
    }

    @Test
    void fileNameMustBeTheId() throws IOException {
        write("4xx/461.yaml", entry("460", 460, ""));
        assertProblem("file name must be the id");
    }

    @Test
    void codeMustMatchIdAndFolder() throws IOException {
        write("4xx/460.yaml", entry("460", 461, ""));
        write("5xx/462.yaml", entry("462", 462, ""));
        assertProblem("code 461 does not match id 460");
        assertThatThrownBy(this::load).hasMessageContaining("belongs in folder 4xx/");
    }

    @Test
    void subcodeMustMatchId() throws IOException {
        write("4xx/403.99.yaml", entry("403.99", 403, "subcode: 98"));
        assertProblem("subcode 98 does not match id 403.99");
    }

    @Test
    void unknownVendorAndStackAreReported() throws IOException {
        write("4xx/460.yaml", entry("460", 460, """
                vendor: acme
                troubleshooting:
                  - stack: cobol
                    cause: {zh: 原因, en: cause}
                    fixes: [{zh: 修复, en: fix}]"""));
        assertProblem("unknown vendor acme");
        assertThatThrownBy(this::load).hasMessageContaining("unknown stack cobol");
    }

    @Test
    void vendorStandingNeedsVendor() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "").replace("standing: unofficial", "standing: vendor"));
        assertProblem("standing vendor needs a vendor");
    }

    @Test
    void registeredCodesNeedSemantics() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "").replace("standing: unofficial", "standing: standard"));
        assertProblem("needs semantics");
    }

    @Test
    void relatedIdsMustExist() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "related: [\"461\"]"));
        assertProblem("related id 461 has no entry");
    }

    @Test
    void duplicateIdsAreReported() throws IOException {
        write("4xx/460.yaml", entry("460", 460, ""));
        write("4xx/460.x.yaml", entry("460", 460, ""));
        assertProblem("already used");
    }

    @Test
    void brokenYamlIsReportedWithItsFile() throws IOException {
        write("4xx/460.yaml", "id: \"460\"\ncode: [unclosed\n");
        assertProblem("4xx/460.yaml: not valid YAML");
    }

    @Test
    void aBrokenTaxonomyIsReported() throws IOException {
        // An unquoted comma in a flow mapping silently splits the text: the schema catches the stray key.
        Files.writeString(root.resolve("taxonomy.yaml"), Files.readString(root.resolve("taxonomy.yaml"))
                .replace("en: \"The request was received, understood and accepted.\"",
                        "en: The request was received, understood and accepted."));
        write("4xx/460.yaml", entry("460", 460, ""));
        assertProblem("taxonomy.yaml");
    }

    @Test
    void strayFilesAndFoldersAreReported() throws IOException {
        write("4xx/notes.txt", "hello");
        write("misc/460.yaml", entry("460", 460, ""));
        assertProblem("only .yaml files");
        assertThatThrownBy(this::load).hasMessageContaining("misc/: unexpected folder");
    }
}

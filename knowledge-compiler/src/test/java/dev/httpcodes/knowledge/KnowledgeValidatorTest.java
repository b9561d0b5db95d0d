package dev.httpcodes.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                title: {zh: "示例", en: "Example"}
                summary: {zh: "一句话。", en: "One line."}
                description: {zh: "一段话。", en: "A paragraph."}
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
        write("4xx/460.yaml", entry("460", 460, "colour: red").replace("title: {zh: \"示例\", en: \"Example\"}\n", ""));
        assertProblem("460.yaml");
        assertThatThrownBy(this::load).hasMessageContaining("title").hasMessageContaining("colour");
    }

    @Test
    void missingLanguageIsReported() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "").replace("{zh: \"一句话。\", en: \"One line.\"}", "{en: \"One line.\"}"));
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
                    cause: {zh: "原因", en: "cause"}
                    fixes: [{zh: "修复", en: "fix"}]"""));
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
        assertProblem("4xx/460.yaml:2: not valid YAML");
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
    void aStandingEntriesMayNotHaveIsReported() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "").replace("standing: unofficial", "standing: unregistered"));
        write("4xx/461.yaml", entry("461", 461, "").replace("standing: unofficial", "standing: official"));
        assertProblem("unknown standing unregistered (one of standard, temporary, deprecated, obsolete, unused, "
                + "unofficial, vendor, see taxonomy.yaml)");
        assertThatThrownBy(this::load).hasMessageContaining("4xx/461.yaml:4: unknown standing official");
    }

    @Test
    void aPatternCountingAnUnknownIdIsReported() throws Exception {
        write("4xx/460.yaml", entry("460", 460, ""));
        String taxonomy = Files.readString(root.resolve("taxonomy.yaml"));
        Files.writeString(root.resolve("taxonomy.yaml"), taxonomy.replace("  - id: cdn-origin\n",
                "  - id: cdn-origin\n    codes: [\"460\"]\n"));
        load();
        Files.writeString(root.resolve("taxonomy.yaml"), taxonomy.replace("  - id: cdn-origin\n",
                "  - id: cdn-origin\n    codes: [\"460\", \"461\"]\n"));
        assertProblem("pattern cdn-origin counts 461, which is no entry's id");
    }

    @Test
    void strayFilesAndFoldersAreReported() throws IOException {
        write("4xx/notes.txt", "hello");
        write("misc/460.yaml", entry("460", 460, ""));
        assertProblem("only .yaml files");
        assertThatThrownBy(this::load).hasMessageContaining("misc/: unexpected folder");
    }

    @Test
    void aHashInUnquotedTextIsRejectedWithFileAndLine() throws IOException {
        // The bug this rule exists for: YAML reads " #" in a plain scalar as a comment, so the text would end at
        // "或" without any error. The file is rejected, naming the line of the text.
        write("4xx/460.yaml", entry("460", 460, """
                troubleshooting:
                  - stack: application
                    cause:
                      zh: 例如 #include 使用 ../ 而父路径被禁用
                      en: "An #include that uses ../ while parent paths are disabled."
                    fixes: [{zh: "修复。", en: "Fix it."}]"""));
        assertThatThrownBy(this::load).hasMessageContaining("4xx/460.yaml:13: a comment after a value")
                .hasMessageContaining("4xx/460.yaml:13: text at /troubleshooting/0/cause/zh is a plain scalar");
    }

    @Test
    void plainTextWithoutHashIsRejectedToo() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "").replace("en: \"One line.\"", "en: One line."));
        assertProblem("4xx/460.yaml:6: text at /summary/en is a plain scalar");
    }

    @Test
    void quotedAndBlockTextsWithHashesPass() throws Exception {
        write("4xx/460.yaml", entry("460", 460, """
                history:
                  zh: "用 `#include` 引入文件。"
                  en: >-
                    An `#include` pulls the file in; a # in a block is text, not a comment."""));
        load();
        KnowledgeSource source = new KnowledgeSource(root);
        assertThat(KnowledgeCompiler.load(source, source.taxonomy()).get(0).node().path("history").path("en")
                .asString()).isEqualTo("An `#include` pulls the file in; a # in a block is text, not a comment.");
    }

    @Test
    void malformedCodeSpansAreRejectedWithFileAndLine() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "history: {zh: \"未闭合的 `nginx -t\", en: \"Empty `` span.\"}"));
        assertThatThrownBy(this::load)
                .hasMessageContaining("4xx/460.yaml:10: /history/zh: unbalanced backtick")
                .hasMessageContaining("4xx/460.yaml:10: /history/en: empty code span");
    }

    @Test
    void codeSpansMustStayOnOneLine() throws IOException {
        write("4xx/460.yaml", entry("460", 460, """
                history:
                  zh: "单行。"
                  en: |
                    Run `nginx
                    -t` first."""));
        assertProblem("4xx/460.yaml:12: /history/en: code span opened at character 4 runs across a line break");
    }

    @Test
    void codeSpanRulesOnTheirOwn() {
        assertThat(TextRules.codeSpanProblem("run `nginx -t` and `nginx -s reload`")).isNull();
        assertThat(TextRules.codeSpanProblem("no code at all")).isNull();
        assertThat(TextRules.codeSpanProblem("` `")).startsWith("blank code span");
        assertThat(TextRules.codeSpanProblem("a ` b")).startsWith("unbalanced backtick");
        assertThat(TextRules.outsideCode("say \"x\" `a=\"b\"`")).isEqualTo("say \"x\" ");
    }

    @Test
    void asciiQuotesInChineseTextAreRejectedOutsideCode() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "history: {zh: '所谓\"软 404\"', en: 'A \"soft 404\".'}"));
        assertProblem("4xx/460.yaml:10: /history/zh: ASCII double quote in Chinese text");
        write("4xx/460.yaml", entry("460", 460, "history: {zh: '设置 `enabled=\"true\"`，所谓“软 404”。', en: 'Set `enabled=\"true\"`.'}"));
        assertThatCode(this::load).doesNotThrowAnyException();
    }

    @Test
    void projectHistoryWordingIsRejected() throws IOException {
        Files.writeString(root.resolve("style.yaml"),
                "forbidden:\n  - {phrase: \"seed page\", why: \"readers cannot know which page\"}\n"
                        + "  - {phrase: \"种子页面\", why: \"读者无从知道\"}\n");
        write("4xx/460.yaml", entry("460", 460, """
                misconceptions:
                  - zh: "种子页面写错了。"
                    en: "The Seed Page got it wrong."
                """));
        assertThatThrownBy(this::load)
                .hasMessageContaining("4xx/460.yaml:11: /misconceptions/0/zh: \"种子页面\"")
                .hasMessageContaining("4xx/460.yaml:12: /misconceptions/0/en: \"seed page\"");
    }

    @Test
    void theRealStyleRejectsTheUsualPhrases() throws Exception {
        Files.copy(KnowledgeCompilerTest.KNOWLEDGE.resolve("style.yaml"), root.resolve("style.yaml"));
        for (String phrase : List.of("the Chinese page that started this project", "the original page",
                "原资料", "种子页面", "原始中文资料")) {
            write("4xx/460.yaml", entry("460", 460, "history: {zh: \"见" + phrase + "。\", en: \"See it.\"}"));
            assertThatThrownBy(this::load).as(phrase).hasMessageContaining("4xx/460.yaml:10: /history/zh:");
        }
    }

    @Test
    void schemaErrorsNameTheLine() throws IOException {
        write("4xx/460.yaml", entry("460", 460, "misconceptions: []"));
        assertProblem("4xx/460.yaml:10:");
    }
}

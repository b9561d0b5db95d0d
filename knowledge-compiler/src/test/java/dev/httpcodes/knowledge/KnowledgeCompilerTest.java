package dev.httpcodes.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class KnowledgeCompilerTest {
    static final Path KNOWLEDGE = Path.of(System.getProperty("knowledge.dir", "../knowledge"));

    @TempDir
    Path temp;

    @Test
    void theRealKnowledgeBaseCompiles() throws Exception {
        int count = KnowledgeCompiler.compile(KNOWLEDGE, temp.resolve("out/k.bin"), temp.resolve("src"));
        // Every .yaml file of a class folder is one entry, under the id its file name gives.
        List<String> fileIds = new ArrayList<>();
        for (String folder : KnowledgeSource.CLASS_FOLDERS) {
            try (Stream<Path> files = Files.list(KNOWLEDGE.resolve(folder))) {
                files.map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", "")).forEach(fileIds::add);
            }
        }
        assertThat(count).isEqualTo(fileIds.size());
        KnowledgeSource source = new KnowledgeSource(KNOWLEDGE);
        assertThat(KnowledgeCompiler.load(source, source.taxonomy())).extracting(SourceFile::id)
                .containsExactlyInAnyOrderElementsOf(fileIds);
        byte[] resource = Files.readAllBytes(temp.resolve("out/k.bin"));
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(resource, 0, 8);
        assertThat(header.getInt()).isEqualTo(RegistryResourceWriter.MAGIC);
        assertThat(header.getInt()).isEqualTo(RegistryResourceWriter.VERSION);
        String java = Files.readString(temp.resolve("src/dev/httpcodes/core/HttpStatus.java"));
        assertThat(java).contains("NOT_FOUND(404)", "IM_A_TEAPOT(418)", "public enum HttpStatus");
        // Core's Standing enum: the taxonomy's standings, in its order, with their registered flags.
        String standing = Files.readString(temp.resolve("src/dev/httpcodes/core/Standing.java"));
        int at = 0;
        for (JsonNode s : source.taxonomy().path("standings")) {
            String constant = s.path("id").asString().toUpperCase(Locale.ROOT) + "("
                    + s.path("registered").asBoolean() + ")";
            assertThat(standing.indexOf(constant, at)).as(constant).isGreaterThan(at);
            at = standing.indexOf(constant, at);
        }
    }

    @Test
    void everyReaderIsGeneratedWithTheHeaderItsResourceIsWrittenWith() throws Exception {
        KnowledgeCompiler.compile(KNOWLEDGE, temp.resolve("out/k.bin"), temp.resolve("src"));
        CheckKnowledgeCompiler.compile(KNOWLEDGE, temp.resolve("out/check.bin"));
        List<Path> resources = List.of(temp.resolve("out/k.bin"),
                temp.resolve("out").resolve(dev.httpcodes.knowledge.guide.GuideCompiler.RESOURCE),
                temp.resolve("out/check.bin"),
                temp.resolve("out").resolve(dev.httpcodes.knowledge.search.SynonymCompiler.RESOURCE));
        assertThat(KnowledgeCompiler.READER_FORMATS).hasSameSizeAs(resources);
        for (int i = 0; i < resources.size(); i++) {
            ReaderFormat format = KnowledgeCompiler.READER_FORMATS.get(i);
            java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(Files.readAllBytes(resources.get(i)), 0, 8);
            String java = Files.readString(temp.resolve("src").resolve(format.path()));
            assertThat(java).as(format.className())
                    .startsWith("package " + format.packageName() + ";")
                    .contains("final class " + format.className() + " {")
                    .contains("static final int MAGIC = 0x%08X;".formatted(header.getInt()))
                    .contains("static final int VERSION = %d;".formatted(header.getInt()));
        }
        // The index separators the reader splits on are the writer's.
        assertThat(Files.readString(temp.resolve("src").resolve(RegistryResourceWriter.READER_FORMAT.path())))
                .contains("static final char FIELD = '\\u%04x';".formatted((int) RegistryResourceWriter.FIELD))
                .contains("static final char ITEM = '\\u%04x';".formatted((int) RegistryResourceWriter.ITEM))
                .contains("static final char RECORD = '\\u%04x';".formatted((int) RegistryResourceWriter.RECORD));
    }

    @Test
    void outputDoesNotDependOnTheOrderFilesAreWritten() throws Exception {
        Path copy = temp.resolve("copy");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(KNOWLEDGE)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        // Write the copy in reverse order, so directory listing order (creation order on many file systems)
        // differs from the original.
        Collections.reverse(files);
        for (Path f : files) {
            Path target = copy.resolve(KNOWLEDGE.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
        KnowledgeCompiler.compile(KNOWLEDGE, temp.resolve("a.bin"), temp.resolve("a"));
        KnowledgeCompiler.compile(copy, temp.resolve("b.bin"), temp.resolve("b"));
        assertThat(Files.readAllBytes(temp.resolve("b.bin"))).isEqualTo(Files.readAllBytes(temp.resolve("a.bin")));
    }

    @Test
    void constantNames() {
        assertThat(StatusConstantsWriter.constantName("Non-Authoritative Information"))
                .isEqualTo("NON_AUTHORITATIVE_INFORMATION");
        assertThat(StatusConstantsWriter.constantName("I'm a teapot")).isEqualTo("IM_A_TEAPOT");
        assertThat(StatusConstantsWriter.constantName("HTTP Version Not Supported"))
                .isEqualTo("HTTP_VERSION_NOT_SUPPORTED");
    }

    @Test
    void missingFolderIsReported() {
        assertThatThrownBy(() -> KnowledgeCompiler.compile(temp.resolve("none"), temp.resolve("x.bin"),
                temp.resolve("x"))).isInstanceOf(KnowledgeException.class).hasMessageContaining("taxonomy.yaml");
    }

    static void copyBase(Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(KNOWLEDGE.resolve("schema.json"), to.resolve("schema.json"));
        // Without the codes the log patterns count: they name entries a small test folder does not have.
        Files.writeString(to.resolve("taxonomy.yaml"), Files.readString(KNOWLEDGE.resolve("taxonomy.yaml"))
                .replaceAll("(?m)^    codes: .*\n", ""));
        Files.copy(KNOWLEDGE.resolve("taxonomy.schema.json"), to.resolve("taxonomy.schema.json"));
    }
}

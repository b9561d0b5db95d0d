package dev.httpcodes.knowledge;

import dev.httpcodes.knowledge.guide.GuideCompiler;
import dev.httpcodes.knowledge.search.SynonymCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Entry point of the build step: {@code KnowledgeCompiler <knowledge-dir> <resource-file> <generated-sources-dir>}.
 * Exits non-zero with every problem listed when the knowledge base is invalid, which fails the Maven build.
 */
public final class KnowledgeCompiler {
    /** Every resource format whose reader constants are generated into core. */
    public static final List<ReaderFormat> READER_FORMATS = List.of(RegistryResourceWriter.READER_FORMAT,
            GuideCompiler.READER_FORMAT, CheckKnowledgeWriter.READER_FORMAT, SynonymCompiler.READER_FORMAT);

    private KnowledgeCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: KnowledgeCompiler <knowledge-dir> <resource-file> <generated-sources-dir>");
            System.exit(2);
        }
        try {
            int count = compile(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
            System.out.println("knowledge: compiled " + count + " entries into " + args[1]);
        } catch (KnowledgeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Validates and compiles; returns the number of entries. */
    public static int compile(Path knowledge, Path resource, Path generatedSources)
            throws IOException, KnowledgeException {
        KnowledgeSource source = new KnowledgeSource(knowledge);
        JsonNode taxonomy = source.taxonomy();
        List<SourceFile> entries = load(source, taxonomy);
        Files.createDirectories(resource.getParent());
        Files.write(resource, new RegistryResourceWriter().write(taxonomy, entries));
        Path javaFile = generatedSources.resolve("dev/httpcodes/core/HttpStatus.java");
        Files.createDirectories(javaFile.getParent());
        Standings standings = new Standings(taxonomy);
        Files.writeString(javaFile, new StatusConstantsWriter(standings).write(entries), StandardCharsets.UTF_8);
        Files.writeString(javaFile.resolveSibling("Standing.java"), standings.enumSource(), StandardCharsets.UTF_8);
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.id()));
        new GuideCompiler().compile(knowledge, ids, resource.resolveSibling(GuideCompiler.RESOURCE));
        new SynonymCompiler().compile(knowledge, ids, resource.resolveSibling(SynonymCompiler.RESOURCE));
        // The readers' format constants are generated from the writers', so the two sides can never disagree. The
        // check resource's too: CheckKnowledgeCompiler writes only the resource, and runs in the same build.
        for (ReaderFormat format : READER_FORMATS) {
            Path file = generatedSources.resolve(format.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, format.source(), StandardCharsets.UTF_8);
        }
        return entries.size();
    }

    /** Reads, validates and sorts the entries into registry order. */
    public static List<SourceFile> load(KnowledgeSource source, JsonNode taxonomy)
            throws IOException, KnowledgeException {
        List<SourceFile> entries = new ArrayList<>(source.entries());
        new KnowledgeValidator(source.schemaText(), source.taxonomySchemaText(), source.style())
                .validate(taxonomy, entries);
        entries.sort(EntryOrder.of(new Standings(taxonomy)));
        return entries;
    }
}

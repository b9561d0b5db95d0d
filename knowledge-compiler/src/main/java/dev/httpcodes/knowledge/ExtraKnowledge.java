package dev.httpcodes.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A user's own catalogue: extra entries in a folder, beside the standard ones. They are checked by the same schema
 * and rules as {@code knowledge/} (the schema and the wording rules travel inside this jar), except that files may
 * sit anywhere under the folder, and vendors, stacks and related ids are those of the standard registry. The result
 * is the same compiled format the core reads, so the core stays free of any parser.
 */
public final class ExtraKnowledge {
    /** Most files a catalogue may hold, and the largest one, so a wrong folder cannot exhaust memory. */
    static final int MAX_FILES = 10_000;
    static final long MAX_FILE_BYTES = 1 << 20;
    private static final String RESOURCES = "/dev/httpcodes/knowledge/";

    private ExtraKnowledge() {
    }

    /**
     * Reads, validates and compiles every {@code .yaml} file under {@code dir}.
     *
     * @param vendors   ids of the vendors an entry may name
     * @param stacks    ids of the troubleshooting stacks an entry may name
     * @param knownIds  ids of the standard entries: an extra id must not repeat one, and related ids may name one
     * @throws KnowledgeException listing every problem, each with file and line
     */
    public static byte[] compile(Path dir, Set<String> vendors, Set<String> stacks, Set<String> knownIds)
            throws KnowledgeException {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgeException(List.of(dir + ": not a directory"));
        }
        KnowledgeSource source = new KnowledgeSource(dir);
        List<Path> paths = yamlFiles(dir);
        List<String> problems = new ArrayList<>();
        List<SourceFile> entries = new ArrayList<>();
        for (Path path : paths) {
            try {
                if (Files.size(path) > MAX_FILE_BYTES) {
                    problems.add(source.relative(path) + ": larger than " + MAX_FILE_BYTES + " bytes");
                    continue;
                }
                entries.add(source.parse(path, null));
            } catch (KnowledgeException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(source.relative(path) + ": cannot read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        try {
            new KnowledgeValidator(resource("schema.json"), resource("taxonomy.schema.json"),
                    YAMLMapper.builder().build().readTree(resource("style.yaml")))
                    .validateEntries(Standings.bundled(), vendors, stacks, entries, knownIds);
            entries.sort(EntryOrder.of(Standings.bundled()));
            return new RegistryResourceWriter().write(YAMLMapper.builder().build().createObjectNode(), entries);
        } catch (IOException e) {
            throw new KnowledgeException(List.of("cannot compile " + dir + ": " + e.getMessage()));
        }
    }

    private static List<Path> yamlFiles(Path dir) throws KnowledgeException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml"))
                    .limit(MAX_FILES + 1L).sorted().toList();
            if (files.size() > MAX_FILES) {
                throw new KnowledgeException(List.of(dir + ": more than " + MAX_FILES + " .yaml files"));
            }
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new KnowledgeException(List.of("cannot list " + dir + ": " + e.getMessage()));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExtraKnowledge.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package dev.httpcodes.knowledge.guide;

import dev.httpcodes.knowledge.KnowledgeException;
import dev.httpcodes.knowledge.ReaderFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates {@code knowledge/guides/} and writes {@value #RESOURCE} next to the registry resource. Called by the
 * knowledge compiler once the entries are known, since the guides may only name codes that have entries.
 */
public final class GuideCompiler {
    /** The folder of the guides inside the knowledge base. */
    public static final String FOLDER = "guides";
    /** The resource's file name; the core reads it from the same package as the registry. */
    public static final String RESOURCE = "guides.bin";
    /** The constants core's reader of {@value #RESOURCE} is generated with. */
    public static final ReaderFormat READER_FORMAT = GuideResourceWriter.READER_FORMAT;
    static final String WHICH = "which";
    static final String COMPARE = "compare";

    private final ObjectMapper yaml = YAMLMapper.builder().build();

    /**
     * Checks the guides against the entry ids and writes the resource. A knowledge folder without guides (as in
     * tests that build a minimal one) writes nothing and returns false.
     */
    public boolean compile(Path knowledge, Set<String> entryIds, Path resource) throws IOException, KnowledgeException {
        Path folder = knowledge.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        List<String> problems = new ArrayList<>();
        checkFolder(folder, problems);
        GuideFile which = read(folder, WHICH, problems);
        GuideFile compare = read(folder, COMPARE, problems);
        if (which == null || compare == null) {
            throw new KnowledgeException(problems);
        }
        GuideValidator validator = new GuideValidator(Files.readString(folder.resolve(WHICH + ".schema.json")),
                Files.readString(folder.resolve(COMPARE + ".schema.json")));
        problems.addAll(validator.validate(which, compare, entryIds));
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        Files.createDirectories(resource.toAbsolutePath().getParent());
        Files.write(resource, new GuideResourceWriter().write(which.node(), compare.node()));
        return true;
    }

    /** Only the four known files belong in the folder, so a misspelt file name cannot be silently ignored. */
    private static void checkFolder(Path folder, List<String> problems) throws IOException {
        Set<String> known = Set.of(WHICH + ".yaml", WHICH + ".schema.json", COMPARE + ".yaml",
                COMPARE + ".schema.json");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (!known.contains(file.getFileName().toString())) {
                    problems.add(FOLDER + "/" + file.getFileName() + ": unexpected file (allowed: "
                            + known.stream().sorted().toList() + ")");
                }
            }
        }
    }

    private GuideFile read(Path folder, String name, List<String> problems) throws IOException {
        String where = FOLDER + "/" + name + ".yaml";
        Path path = folder.resolve(name + ".yaml");
        if (!Files.isRegularFile(path)) {
            problems.add(where + ": missing");
            return null;
        }
        String text = Files.readString(path);
        try {
            return new GuideFile(where, yaml.readTree(text), YamlLines.of(yaml, text));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(where + ":" + line + ": not valid YAML: " + e.getOriginalMessage());
            return null;
        }
    }
}

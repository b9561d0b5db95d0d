package dev.httpcodes.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Test access to the YAML sources, read independently of the compiled registry. */
final class KnowledgeFiles {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private KnowledgeFiles() {
    }

    static Path root() {
        String dir = System.getProperty("knowledge.dir");
        return dir != null ? Path.of(dir) : Path.of("..", "knowledge");
    }

    static JsonNode taxonomy() {
        try {
            return YAML.readTree(Files.readString(root().resolve("taxonomy.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> entries() {
        List<JsonNode> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root(), 2)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                // Entries live in the class folders; guides/ holds the decision flow and comparisons, search/ the synonyms.
                if (!p.getParent().equals(root()) && !p.getParent().getFileName().toString().equals("guides")
                        && !p.getParent().getFileName().toString().equals("search")) {
                    result.add(YAML.readTree(Files.readString(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}

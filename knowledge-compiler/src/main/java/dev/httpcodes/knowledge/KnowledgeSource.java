package dev.httpcodes.knowledge;

import dev.httpcodes.knowledge.guide.GuideCompiler;
import dev.httpcodes.knowledge.search.SynonymCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the knowledge folder. Files are sorted by path so the result never depends on the order the file system
 * lists them in.
 */
public final class KnowledgeSource {
    /** The folders that hold entries, one per status class. */
    public static final List<String> CLASS_FOLDERS = List.of("1xx", "2xx", "3xx", "4xx", "5xx", "invalid");

    private final Path root;
    private final ObjectMapper yaml = YAMLMapper.builder().build();

    public KnowledgeSource(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public JsonNode taxonomy() throws KnowledgeException {
        return read(root.resolve("taxonomy.yaml"));
    }

    /** The wording rules ({@code style.yaml}); an empty object when the folder has none. */
    public JsonNode style() throws KnowledgeException {
        Path style = root.resolve("style.yaml");
        return Files.isRegularFile(style) ? read(style) : yaml.createObjectNode();
    }

    public String schemaText() throws IOException {
        return Files.readString(root.resolve("schema.json"));
    }

    public String taxonomySchemaText() throws IOException {
        return Files.readString(root.resolve("taxonomy.schema.json"));
    }

    /** Every entry file, parsed; a file that is not valid YAML is reported with the others. */
    public List<SourceFile> entries() throws KnowledgeException {
        List<Path> paths = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && !CLASS_FOLDERS.contains(name) && !name.equals(GuideCompiler.FOLDER)
                        && !name.equals(SynonymCompiler.FOLDER)) {
                    problems.add(name + "/: unexpected folder (allowed: " + CLASS_FOLDERS + ")");
                }
            }
            for (String folder : CLASS_FOLDERS) {
                Path dir = root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(Files::isRegularFile).forEach(paths::add);
                }
            }
        } catch (IOException e) {
            throw new KnowledgeException(List.of("cannot list " + root + ": " + e.getMessage()));
        }
        paths.sort(Comparator.comparing(Path::toString));
        List<SourceFile> result = new ArrayList<>();
        for (Path path : paths) {
            if (!path.getFileName().toString().endsWith(".yaml")) {
                problems.add(relative(path) + ": only .yaml files belong in a class folder");
                continue;
            }
            try {
                result.add(parse(path, path.getParent().getFileName().toString()));
            } catch (KnowledgeException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return result;
    }

    String relative(Path path) {
        return root.relativize(path).toString();
    }

    /** One entry file: its tree and its layout. */
    SourceFile parse(Path path, String folder) throws KnowledgeException {
        String where = relative(path).replace('\\', '/');
        String text = readText(path);
        return new SourceFile(path, folder, where, parse(text, where), YamlLayout.of(text, where));
    }

    private String readText(Path path) throws KnowledgeException {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new KnowledgeException(List.of(relative(path) + ": cannot read: " + e.getMessage()));
        }
    }

    private JsonNode parse(String text, String where) throws KnowledgeException {
        try {
            JsonNode node = yaml.readTree(text);
            if (node == null || !node.isObject()) {
                throw new KnowledgeException(List.of(where + ": an entry must be a YAML mapping"));
            }
            return node;
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new KnowledgeException(List.of(where + line + ": not valid YAML: " + e.getOriginalMessage()));
        }
    }

    private JsonNode read(Path path) throws KnowledgeException {
        try {
            return yaml.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new KnowledgeException(List.of(relative(path) + ": cannot read: " + e.getMessage()));
        } catch (JacksonException e) {
            throw new KnowledgeException(List.of(relative(path) + ": not valid YAML: " + e.getOriginalMessage()));
        }
    }
}

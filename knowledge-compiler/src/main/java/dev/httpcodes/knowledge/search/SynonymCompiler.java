package dev.httpcodes.knowledge.search;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.httpcodes.knowledge.KnowledgeException;
import dev.httpcodes.knowledge.ReaderFormat;
import dev.httpcodes.knowledge.guide.YamlLines;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates {@code knowledge/search/synonyms.yaml} and writes {@value #RESOURCE} next to the registry resource.
 *
 * <p>Resource layout (through {@link DataOutputStream}): magic, version, the number of groups, then each group: the
 * number of terms and each term (zh terms first, then en, as written), the number of codes and each code id.
 */
public final class SynonymCompiler {
    /** The folder inside the knowledge base. */
    public static final String FOLDER = "search";
    /** The resource's file name; the core reads it from the same package as the registry. */
    public static final String RESOURCE = "synonyms.bin";
    /** "HCSY": httpcodes synonyms. */
    static final int MAGIC = 0x48435359;
    static final int VERSION = 1;
    /** The core's reader takes its constants from this, so the two sides cannot disagree. */
    public static final ReaderFormat READER_FORMAT = ReaderFormat.of("dev.httpcodes.core.search", "SynonymFormat",
            MAGIC, VERSION);
    private static final String SYNONYMS = "synonyms.yaml";
    private static final String SCHEMA = "synonyms.schema.json";
    /** The ranking table the core's tests read; the build checks its codes too, so a renamed id fails early. */
    private static final String CASES = "ranking-cases.yaml";

    private final ObjectMapper yaml = YAMLMapper.builder().build();

    /** Checks the synonyms and writes the resource; a knowledge folder without {@code search/} writes nothing. */
    public boolean compile(Path knowledge, Set<String> entryIds, Path resource) throws IOException, KnowledgeException {
        Path folder = knowledge.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        List<String> problems = new ArrayList<>();
        checkFolder(folder, problems);
        Path file = folder.resolve(SYNONYMS);
        String where = FOLDER + "/" + SYNONYMS;
        if (!Files.isRegularFile(file) || !Files.isRegularFile(folder.resolve(SCHEMA))) {
            problems.add(FOLDER + "/: needs " + SYNONYMS + " and " + SCHEMA);
            throw new KnowledgeException(problems);
        }
        String text = Files.readString(file);
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(where + ":" + line + ": not valid YAML: " + e.getOriginalMessage());
            throw new KnowledgeException(problems);
        }
        YamlLines lines = YamlLines.of(yaml, text);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(folder.resolve(SCHEMA)), InputFormat.JSON);
        List<Error> errors = schema.validate(root);
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            problems.add(where + ":" + lines.line(pointer) + ": " + error.getMessage());
        }
        if (errors.isEmpty()) {
            checkGroups(root, entryIds, where, lines, problems);
        }
        checkCases(folder.resolve(CASES), entryIds, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        Files.createDirectories(resource.toAbsolutePath().getParent());
        Files.write(resource, write(root));
        return true;
    }

    private static void checkFolder(Path folder, List<String> problems) throws IOException {
        Set<String> known = Set.of(SYNONYMS, SCHEMA, CASES);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                if (!known.contains(f.getFileName().toString())) {
                    problems.add(FOLDER + "/" + f.getFileName() + ": unexpected file (allowed: "
                            + known.stream().sorted().toList() + ")");
                }
            }
        }
    }

    /** What a schema cannot say: codes are entries, a code once per group, a term in one group only. */
    private static void checkGroups(JsonNode root, Set<String> entryIds, String where, YamlLines lines,
            List<String> problems) {
        Map<String, String> termAt = new HashMap<>();
        JsonNode groups = root.path("groups");
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            Set<String> codes = new HashSet<>();
            for (int c = 0; c < group.path("codes").size(); c++) {
                String id = group.path("codes").get(c).asString();
                String pointer = "/groups/" + g + "/codes/" + c;
                if (!entryIds.contains(id)) {
                    problems.add(where + ":" + lines.line(pointer) + ": \"" + id + "\" is not the id of any entry");
                }
                if (!codes.add(id)) {
                    problems.add(where + ":" + lines.line(pointer) + ": \"" + id + "\" appears twice in this group");
                }
            }
            for (String lang : List.of("zh", "en")) {
                JsonNode terms = group.path("terms").path(lang);
                for (int t = 0; t < terms.size(); t++) {
                    String pointer = "/groups/" + g + "/terms/" + lang + "/" + t;
                    String key = fold(terms.get(t).asString());
                    if (key.isEmpty()) {
                        problems.add(where + ":" + lines.line(pointer) + ": a term needs a letter or digit");
                        continue;
                    }
                    String previous = termAt.putIfAbsent(key, pointer);
                    if (previous != null) {
                        problems.add(where + ":" + lines.line(pointer) + ": the term \"" + terms.get(t).asString()
                                + "\" is already in the group on line " + lines.line(previous));
                    }
                }
            }
        }
    }

    /** Case and punctuation folded roughly as search folds them, enough to catch a term written twice. */
    static String fold(String term) {
        return term.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private void checkCases(Path cases, Set<String> entryIds, List<String> problems) throws IOException {
        if (!Files.isRegularFile(cases)) {
            return;
        }
        String where = FOLDER + "/" + CASES;
        String text = Files.readString(cases);
        try {
            JsonNode root = yaml.readTree(text);
            YamlLines lines = YamlLines.of(yaml, text);
            JsonNode rows = root.path("cases");
            for (int i = 0; i < rows.size(); i++) {
                JsonNode first = rows.get(i).path("first");
                for (int c = 0; c < first.size(); c++) {
                    if (!entryIds.contains(first.get(c).asString())) {
                        problems.add(where + ":" + lines.line("/cases/" + i + "/first/" + c) + ": \""
                                + first.get(c).asString() + "\" is not the id of any entry");
                    }
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(where + ":" + line + ": not valid YAML: " + e.getOriginalMessage());
        }
    }

    static byte[] write(JsonNode root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        JsonNode groups = root.path("groups");
        out.writeInt(groups.size());
        for (JsonNode group : groups) {
            List<String> terms = new ArrayList<>();
            group.path("terms").path("zh").forEach(t -> terms.add(t.asString()));
            group.path("terms").path("en").forEach(t -> terms.add(t.asString()));
            out.writeInt(terms.size());
            for (String t : terms) {
                out.writeUTF(t);
            }
            out.writeInt(group.path("codes").size());
            for (JsonNode code : group.path("codes")) {
                out.writeUTF(code.asString());
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static String pointer(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            b.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }
}

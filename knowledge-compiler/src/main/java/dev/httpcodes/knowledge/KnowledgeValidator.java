package dev.httpcodes.knowledge;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks the knowledge base: each file against the JSON Schema, then the rules a schema cannot express across
 * fields and files. Collects every problem instead of stopping at the first, so one run shows all that is wrong.
 */
public final class KnowledgeValidator {
    private static final Pattern ID = Pattern.compile("^(\\d{3})(?:\\.(\\d{1,3}))?(?:\\.([a-z][a-z0-9-]*))?$");
    /** Standings that belong to registered codes, whose HTTP semantics the entry must state. */
    private static final Set<String> REGISTERED = Set.of("standard", "temporary", "deprecated", "obsolete", "unused");

    private final Schema schema;
    private final Schema taxonomySchema;

    public KnowledgeValidator(String schemaJson, String taxonomySchemaJson) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.schema = registry.getSchema(schemaJson, InputFormat.JSON);
        this.taxonomySchema = registry.getSchema(taxonomySchemaJson, InputFormat.JSON);
    }

    /** Validates everything; returns normally only when there is no problem. */
    public void validate(JsonNode taxonomy, List<SourceFile> files) throws KnowledgeException {
        List<String> problems = new ArrayList<>();
        for (Error error : taxonomySchema.validate(taxonomy)) {
            problems.add("taxonomy.yaml: " + error.getInstanceLocation() + " " + error.getMessage());
        }
        Set<String> vendors = ids(taxonomy.path("vendors"));
        Set<String> stacks = ids(taxonomy.path("stacks"));
        Map<String, String> seen = new HashMap<>();
        for (SourceFile file : files) {
            String where = file.folder() + "/" + file.path().getFileName();
            for (Error error : schema.validate(file.node())) {
                problems.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
            }
            String id = file.id();
            String previous = seen.putIfAbsent(id, where);
            if (previous != null) {
                problems.add(where + ": id " + id + " is already used by " + previous);
            }
            checkFile(file, where, vendors, stacks, problems);
        }
        for (SourceFile file : files) {
            for (JsonNode related : file.node().path("related")) {
                if (!seen.containsKey(related.asString())) {
                    problems.add(file.folder() + "/" + file.path().getFileName() + ": related id "
                            + related.asString() + " has no entry");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
    }

    private static void checkFile(SourceFile file, String where, Set<String> vendors, Set<String> stacks,
            List<String> problems) {
        JsonNode node = file.node();
        String id = file.id();
        if (!file.path().getFileName().toString().equals(id + ".yaml")) {
            problems.add(where + ": file name must be the id plus .yaml (" + id + ".yaml)");
        }
        Matcher m = ID.matcher(id);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            if (node.path("code").asInt(-1) != code) {
                problems.add(where + ": code " + node.path("code") + " does not match id " + id);
            }
            JsonNode subcode = node.path("subcode");
            String expected = m.group(2);
            boolean hasSub = subcode.isNumber();
            if (expected == null ? hasSub : !hasSub || subcode.asInt() != Integer.parseInt(expected)) {
                problems.add(where + ": subcode " + (hasSub ? subcode.asInt() : "none") + " does not match id " + id);
            }
            String folder = code < 100 || code > 599 ? "invalid" : (code / 100) + "xx";
            if (!folder.equals(file.folder())) {
                problems.add(where + ": belongs in folder " + folder + "/");
            }
        }
        String standing = node.path("standing").asString("");
        String vendor = node.path("vendor").isString() ? node.path("vendor").asString() : null;
        if ("vendor".equals(standing) && vendor == null) {
            problems.add(where + ": standing vendor needs a vendor");
        }
        if (vendor != null && !vendors.contains(vendor)) {
            problems.add(where + ": unknown vendor " + vendor + " (add it to taxonomy.yaml)");
        }
        if (REGISTERED.contains(standing) && node.path("semantics").isMissingNode()) {
            problems.add(where + ": a registered code needs semantics");
        }
        for (JsonNode item : node.path("troubleshooting")) {
            String stack = item.path("stack").asString("");
            if (!stacks.contains(stack)) {
                problems.add(where + ": unknown stack " + stack + " (add it to taxonomy.yaml)");
            }
        }
        List<JsonNode> indexed = new ArrayList<>(List.of(node.path("phrase"), node.path("title").path("zh"),
                node.path("title").path("en")));
        node.path("aliases").forEach(indexed::add);
        for (JsonNode text : indexed) {
            if (text.asString("").chars().anyMatch(c -> c < 0x20)) {
                problems.add(where + ": phrase, aliases and title must be one line without control characters");
            }
        }
        for (JsonNode related : node.path("related")) {
            if (related.asString().equals(id)) {
                problems.add(where + ": an entry is not related to itself");
            }
        }
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}

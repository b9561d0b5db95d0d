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

    private final Schema schema;
    private final Schema taxonomySchema;
    private final TextRules textRules;

    public KnowledgeValidator(String schemaJson, String taxonomySchemaJson, JsonNode style) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.schema = registry.getSchema(schemaJson, InputFormat.JSON);
        this.taxonomySchema = registry.getSchema(taxonomySchemaJson, InputFormat.JSON);
        this.textRules = TextRules.of(style);
    }

    /** Validates everything; returns normally only when there is no problem. */
    public void validate(JsonNode taxonomy, List<SourceFile> files) throws KnowledgeException {
        validate(taxonomy, files, Set.of());
    }

    /**
     * Validates entries that sit beside others already known ({@code knownIds}, e.g. the standard registry's when
     * the files are a user's extra catalogue): ids must not collide with them, and related ids may point to them.
     */
    public void validate(JsonNode taxonomy, List<SourceFile> files, Set<String> knownIds) throws KnowledgeException {
        List<String> problems = new ArrayList<>();
        for (Error error : taxonomySchema.validate(taxonomy)) {
            problems.add("taxonomy.yaml: " + error.getInstanceLocation() + " " + error.getMessage());
        }
        Set<String> entryIds = new HashSet<>(knownIds);
        files.forEach(f -> entryIds.add(f.id()));
        for (JsonNode pattern : taxonomy.path("patterns")) {
            for (JsonNode code : pattern.path("codes")) {
                if (!entryIds.contains(code.asString())) {
                    problems.add("taxonomy.yaml: pattern " + pattern.path("id").asString() + " counts "
                            + code.asString() + ", which is no entry's id");
                }
            }
        }
        validateEntries(new Standings(taxonomy), ids(taxonomy.path("vendors")), ids(taxonomy.path("stacks")), files,
                knownIds, problems);
    }

    /**
     * Validates entries against vendors and stacks known by id (for a user's extra catalogue these come from the
     * standard registry) and beside entries already known.
     */
    public void validateEntries(Standings standings, Set<String> vendors, Set<String> stacks, List<SourceFile> files,
            Set<String> knownIds) throws KnowledgeException {
        validateEntries(standings, vendors, stacks, files, knownIds, new ArrayList<>());
    }

    private void validateEntries(Standings standings, Set<String> vendors, Set<String> stacks,
            List<SourceFile> files, Set<String> knownIds, List<String> problems) throws KnowledgeException {
        for (SourceFile file : files) {
            if (knownIds.contains(file.id())) {
                problems.add(file.at("/id") + ": id " + file.id() + " is already a standard entry; give another"
                        + " meaning of the number its own id, such as " + file.id() + ".acme");
            }
        }
        Map<String, String> seen = new HashMap<>();
        for (SourceFile file : files) {
            String where = file.where();
            problems.addAll(file.layout().problems());
            for (Error error : schema.validate(file.node())) {
                String pointer = pointer(error.getInstanceLocation().toString());
                String at = error.getProperty() != null ? file.at(pointer + "/" + error.getProperty()) : file.at(pointer);
                String location = error.getInstanceLocation().toString();
                problems.add(at + ": " + (location.isEmpty() ? "" : location + " ") + error.getMessage());
            }
            String id = file.id();
            String previous = seen.putIfAbsent(id, where);
            if (previous != null) {
                problems.add(file.at("/id") + ": id " + id + " is already used by " + previous);
            }
            checkFile(file, where, standings, vendors, stacks, problems);
            textRules.check(file, problems);
        }
        for (SourceFile file : files) {
            JsonNode relatedIds = file.node().path("related");
            for (int i = 0; i < relatedIds.size(); i++) {
                String related = relatedIds.get(i).asString();
                if (!seen.containsKey(related) && !knownIds.contains(related)) {
                    problems.add(file.at("/related/" + i) + ": related id " + related + " has no entry");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
    }

    private static void checkFile(SourceFile file, String where, Standings standings, Set<String> vendors,
            Set<String> stacks, List<String> problems) {
        JsonNode node = file.node();
        String id = file.id();
        if (!file.path().getFileName().toString().equals(id + ".yaml")) {
            problems.add(where + ": file name must be the id plus .yaml (" + id + ".yaml)");
        }
        Matcher m = ID.matcher(id);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            if (node.path("code").asInt(-1) != code) {
                problems.add(file.at("/code") + ": code " + node.path("code") + " does not match id " + id);
            }
            JsonNode subcode = node.path("subcode");
            String expected = m.group(2);
            boolean hasSub = subcode.isNumber();
            if (expected == null ? hasSub : !hasSub || subcode.asInt() != Integer.parseInt(expected)) {
                problems.add(file.at("/subcode") + ": subcode " + (hasSub ? subcode.asInt() : "none") + " does not match id " + id);
            }
            String folder = code < 100 || code > 599 ? "invalid" : (code / 100) + "xx";
            if (file.folder() != null && !folder.equals(file.folder())) {
                problems.add(where + ": belongs in folder " + folder + "/");
            }
        }
        String standing = node.path("standing").asString("");
        String vendor = node.path("vendor").isString() ? node.path("vendor").asString() : null;
        if (standings.needsVendor(standing) && vendor == null) {
            problems.add(file.at("/standing") + ": standing " + standing + " needs a vendor");
        }
        if (vendor != null && !vendors.contains(vendor)) {
            problems.add(file.at("/vendor") + ": unknown vendor " + vendor + " (add it to taxonomy.yaml)");
        }
        if (!standing.isEmpty() && !standings.allowsEntries(standing)) {
            problems.add(file.at("/standing") + ": unknown standing " + standing + " (one of "
                    + String.join(", ", standings.entryIds()) + ", see taxonomy.yaml)");
        }
        if (standings.isRegistered(standing) && node.path("semantics").isMissingNode()) {
            problems.add(where + ": a registered code needs semantics");
        }
        JsonNode items = node.path("troubleshooting");
        for (int i = 0; i < items.size(); i++) {
            String stack = items.get(i).path("stack").asString("");
            if (!stacks.contains(stack)) {
                problems.add(file.at("/troubleshooting/" + i + "/stack") + ": unknown stack " + stack + " (add it to taxonomy.yaml)");
            }
        }
        List<JsonNode> indexed = new ArrayList<>(List.of(node.path("phrase"), node.path("title").path("zh"),
                node.path("title").path("en")));
        node.path("aliases").forEach(indexed::add);
        for (JsonNode text : indexed) {
            if (text.asString("").chars().anyMatch(c -> c < 0x20)) {
                problems.add(file.at("/phrase") + ": phrase, aliases and title must be one line without control characters");
            }
        }
        for (JsonNode related : node.path("related")) {
            if (related.asString().equals(id)) {
                problems.add(file.at("/related") + ": an entry is not related to itself");
            }
        }
    }

    /** A JSON Pointer from a validator instance location, which may be written {@code $.a.b[1]} or {@code /a/b/1}. */
    static String pointer(String location) {
        if (location.startsWith("/") || location.isEmpty()) {
            return location;
        }
        String p = location.startsWith("$") ? location.substring(1) : location;
        return p.replaceAll("\\[(\\d+)]", ".$1").replaceAll("\\['([^']*)']", ".$1").replace('.', '/');
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}

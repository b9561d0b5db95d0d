package dev.httpcodes.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Entry point of the second build step: {@code CheckKnowledgeCompiler <knowledge-dir> <resource-file>}. Validates
 * {@code lint-rules.yaml} and {@code fingerprints.yaml} (each against its schema, then against the entries and the
 * taxonomy) and compiles them into the resource core's {@code CheckKnowledge} reads. Exits non-zero with every
 * problem listed when something is wrong, which fails the Maven build.
 */
public final class CheckKnowledgeCompiler {
    static final String RULES = "lint-rules.yaml";
    static final String FINGERPRINTS = "fingerprints.yaml";

    private CheckKnowledgeCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CheckKnowledgeCompiler <knowledge-dir> <resource-file>");
            System.exit(2);
        }
        try {
            int[] counts = compile(Path.of(args[0]), Path.of(args[1]));
            System.out.println("knowledge: compiled " + counts[0] + " lint rules and " + counts[1]
                    + " producer fingerprints into " + args[1]);
        } catch (KnowledgeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Validates and writes; returns the number of rules and of producers. */
    public static int[] compile(Path knowledge, Path resource) throws IOException, KnowledgeException {
        KnowledgeSource source = new KnowledgeSource(knowledge);
        JsonNode rules = read(knowledge, RULES);
        JsonNode fingerprints = read(knowledge, FINGERPRINTS);
        List<SourceFile> entries = source.entries();
        new CheckKnowledgeValidator(Files.readString(knowledge.resolve("lint-rules.schema.json")),
                Files.readString(knowledge.resolve("fingerprints.schema.json")))
                .validate(rules, fingerprints, source.taxonomy(), entries);
        Files.createDirectories(resource.getParent());
        Files.write(resource, new CheckKnowledgeWriter().write(rules, fingerprints));
        return new int[] {rules.path("rules").size(), fingerprints.path("producers").size()};
    }

    private static JsonNode read(Path knowledge, String name) throws KnowledgeException {
        try {
            return YAMLMapper.builder().build().readTree(Files.readString(knowledge.resolve(name)));
        } catch (IOException e) {
            throw new KnowledgeException(List.of(name + ": cannot read: " + e.getMessage()));
        } catch (JacksonException e) {
            throw new KnowledgeException(List.of(name + ": not valid YAML: " + e.getOriginalMessage()));
        }
    }
}

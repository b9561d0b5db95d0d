package dev.httpcodes.knowledge;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * One parsed knowledge file: where it came from (for messages), its content, and its layout (lines of values).
 * {@code where} is the name messages use, {@code 5xx/500.100.yaml}.
 */
public record SourceFile(Path path, String folder, String where, JsonNode node, YamlLayout layout) {
    public String id() {
        return node.path("id").asString("");
    }

    /** {@code where:line} of the value at a JSON Pointer ({@code /troubleshooting/1/cause/zh}). */
    String at(String pointer) {
        int line = layout.line(pointer);
        return line > 0 ? where + ":" + line : where;
    }
}

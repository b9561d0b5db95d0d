package dev.httpcodes.knowledge;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** One parsed knowledge file: where it came from (for messages) and its content. */
public record SourceFile(Path path, String folder, JsonNode node) {
    public String id() {
        return node.path("id").asString("");
    }
}

package dev.httpcodes.knowledge.guide;

import tools.jackson.databind.JsonNode;

/**
 * One parsed guide file: its name for messages ({@code guides/which.yaml}), its content, and where each value is.
 */
record GuideFile(String name, JsonNode node, YamlLines lines) {
    /** "guides/which.yaml:12: message", the line found from the JSON Pointer of the value at fault. */
    String problem(String pointer, String message) {
        return name + ":" + lines.line(pointer) + ": " + message;
    }
}

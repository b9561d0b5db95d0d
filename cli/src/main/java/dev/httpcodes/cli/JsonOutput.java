package dev.httpcodes.cli;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.json.EntryJson;
import java.io.PrintStream;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Prints {@code --json} output. A class of its own so that the classes which print text never mention Jackson's
 * types: the JVM would load Jackson to verify them, on every cold run, JSON or not.
 */
final class JsonOutput {
    private JsonOutput() {
    }

    static void printEntries(PrintStream out, Registry registry, Lang lang, List<Entry> entries) {
        out.println(EntryJson.pretty(new EntryJson(registry, lang).array(entries)));
    }

    /** Entries with their troubleshooting narrowed to one stack (all of it when {@code stack} is null). */
    static void printExplained(PrintStream out, Registry registry, Lang lang, List<Entry> entries, String stack) {
        ArrayNode array = new EntryJson(registry, lang).array(entries);
        if (stack != null) {
            for (JsonNode entry : array) {
                ArrayNode items = (ArrayNode) entry.path("troubleshooting");
                for (int i = items.size() - 1; i >= 0; i--) {
                    if (!items.get(i).path("stack").asString().equalsIgnoreCase(stack.strip())) {
                        items.remove(i);
                    }
                }
            }
        }
        out.println(EntryJson.pretty(array));
    }
}

package dev.httpcodes.cli;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Registry;
import dev.httpcodes.knowledge.ExtraKnowledge;
import dev.httpcodes.knowledge.KnowledgeException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry a run works with: the bundled one, plus a user's own entries from a folder ({@code --knowledge DIR}
 * or {@code HTTPCODES_KNOWLEDGE}), checked by the same schema and rules as {@code knowledge/}. The YAML parser is
 * loaded only when such a folder is given, so a plain lookup starts as fast as before.
 */
final class Catalogue {
    static final String OPTION = "--knowledge";
    static final String VARIABLE = "HTTPCODES_KNOWLEDGE";

    private Catalogue() {
    }

    /** The folder named by the option, else by the environment variable; null when neither is set. */
    static String folder(String option, Environment environment) {
        if (option != null) {
            return option;
        }
        String value = environment.variables().get(VARIABLE);
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * The standard registry plus the folder's entries.
     *
     * @throws KnowledgeException listing every problem of the folder, each with file and line
     */
    static Registry load(String folder) throws KnowledgeException {
        Registry standard = Registry.standard();
        if (folder == null) {
            return standard;
        }
        Path dir;
        try {
            dir = Path.of(folder);
        } catch (InvalidPathException e) {
            throw new KnowledgeException(List.of(folder + ": not a valid path"));
        }
        byte[] compiled = ExtraKnowledge.compile(dir, ids(standard.vendors()), ids(standard.stacks()),
                entryIds(standard));
        return standard.withExtras(compiled);
    }

    private static Set<String> ids(List<Label> labels) {
        Set<String> ids = new HashSet<>();
        for (Label l : labels) {
            ids.add(l.id());
        }
        return ids;
    }

    private static Set<String> entryIds(Registry registry) {
        Set<String> ids = new HashSet<>();
        for (Entry e : registry.entries()) {
            ids.add(e.id());
        }
        return ids;
    }
}

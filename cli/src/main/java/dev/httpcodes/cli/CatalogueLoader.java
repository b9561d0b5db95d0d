package dev.httpcodes.cli;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Registry;
import dev.httpcodes.knowledge.ExtraKnowledge;
import dev.httpcodes.knowledge.KnowledgeException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a user's catalogue with the knowledge compiler, which checks it by the same schema and rules as
 * {@code knowledge/}. Kept apart from {@link Catalogue} so the compiler's classes are loaded only when a folder is
 * given.
 */
final class CatalogueLoader {
    private CatalogueLoader() {
    }

    /** The standard registry plus the folder's entries, or null after reporting every problem on {@code err}. */
    static Registry loadOrReport(String folder, boolean fromVariable, PrintStream err) {
        try {
            return load(folder);
        } catch (KnowledgeException e) {
            Problems.report(err, "cannot use the catalogue in " + folder
                    + (fromVariable ? " (from " + Catalogue.VARIABLE + ")" : "") + ": " + e.getMessage());
            return null;
        }
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

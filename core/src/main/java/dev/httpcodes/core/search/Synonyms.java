package dev.httpcodes.core.search;

import static dev.httpcodes.core.TextNormalizer.normalize;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words people type and the codes they mean by them ({@code knowledge/search/synonyms.yaml}), read from the
 * resource the knowledge compiler's {@code SynonymCompiler} writes (the layout is described there). Terms are kept
 * normalized exactly as a query is, so a lookup is a map hit. Immutable.
 */
public final class Synonyms {
    static final String RESOURCE = "/dev/httpcodes/core/registry/synonyms.bin";
    private static final int MAGIC = SynonymFormat.MAGIC;
    private static final int VERSION = SynonymFormat.VERSION;
    private static final Synonyms NONE = new Synonyms(List.of());

    /** Normalized term → the ids it stands for, best first. */
    private final Map<String, List<String>> byTerm = new HashMap<>();
    private final List<String> terms;

    private Synonyms(List<Group> groups) {
        List<String> all = new ArrayList<>();
        for (Group g : groups) {
            for (String t : g.terms) {
                String n = normalize(t);
                if (!n.isEmpty() && byTerm.putIfAbsent(n, g.codes) == null) {
                    all.add(n);
                }
            }
        }
        this.terms = List.copyOf(all);
    }

    /** The bundled synonyms; read once, on first use. */
    public static Synonyms standard() {
        return Bundled.SYNONYMS;
    }

    /** No synonyms at all, for a search that ranks by the entries' own text only. */
    public static Synonyms none() {
        return NONE;
    }

    /** Lazy holder: read only by the commands and pages that search. */
    private static final class Bundled {
        static final Synonyms SYNONYMS = readBundled();
    }

    private static Synonyms readBundled() {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("synonyms resource " + RESOURCE + " is missing from the classpath");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonyms resource " + RESOURCE, e);
        }
    }

    static Synonyms read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an httpcodes synonyms resource");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("synonyms format " + version + " is not supported (expected " + VERSION + ")");
        }
        int groupCount = in.readInt();
        List<Group> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            List<String> terms = readStrings(in);
            groups.add(new Group(terms, readStrings(in)));
        }
        if (in.available() != 0) {
            throw new IOException("synonyms resource has trailing bytes");
        }
        return new Synonyms(groups);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1000) {
            throw new IOException("synonyms resource is damaged: count " + n);
        }
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return List.copyOf(list);
    }

    /** The ids a whole normalized query stands for, best first; empty when it is no term. */
    public List<String> exact(String normalizedQuery) {
        return byTerm.getOrDefault(normalizedQuery, List.of());
    }

    /**
     * The ids of the longest term the normalized query contains (as whole words, or as a Chinese substring), best
     * first; empty when it contains none. The longest wins so that "gateway timeout" means what it says rather
     * than any timeout.
     */
    public List<String> within(String normalizedQuery) {
        String padded = " " + normalizedQuery + " ";
        String best = null;
        for (String term : terms) {
            boolean found = padded.contains(" " + term + " ")
                    || (dev.httpcodes.core.TextNormalizer.isCjk(term) && normalizedQuery.contains(term));
            if (found && !term.equals(normalizedQuery) && (best == null || term.length() > best.length())) {
                best = term;
            }
        }
        return best == null ? List.of() : byTerm.get(best);
    }

    /** Every normalized term, for suggestions when nothing matched. */
    List<String> terms() {
        return terms;
    }

    /** Every group as the client-side search index needs it: normalized term → ids. */
    public Map<String, List<String>> asMap() {
        return Map.copyOf(byTerm);
    }

    private record Group(List<String> terms, List<String> codes) {
    }
}

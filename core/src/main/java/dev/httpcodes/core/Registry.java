package dev.httpcodes.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base: every meaning of every status code, in one immutable, thread-safe object. Get the bundled one
 * with {@link #standard()}.
 *
 * <p>Naming follows one rule: {@code find…} returns an empty result when nothing matches, {@code get…} throws
 * {@link UnknownStatusCodeException} with the input echoed.
 *
 * <p>Queries ({@link #find(String)}) accept a code ({@code 404}), a sub-status ({@code 403.14}, {@code 500-11}), an
 * id ({@code 499.esri}), a class ({@code 4xx}), a code with its phrase ({@code 404 Not Found}), a phrase or other
 * name ({@code Not Found}, {@code I'm a teapot}) or a title in either language ({@code 网关超时}); case and spacing do
 * not matter. For ranked free-text search see {@code dev.httpcodes.core.search.Search}.
 */
public final class Registry {
    private final List<Entry> entries;
    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<StatusCode, List<Entry>> byCode = new HashMap<>();
    private final Map<Integer, List<Entry>> subStatuses = new HashMap<>();
    private volatile Map<String, List<Entry>> byName;
    private final List<Label> classes;
    private final List<Label> standings;
    private final List<Label> patterns;
    private final Map<String, List<String>> patternCodes;
    private final Map<String, List<String>> patternReasons;
    private final java.util.Set<String> originPatterns;
    private final Map<String, ProducerEvidence> producers;
    private final Map<String, Label> vendors = new LinkedHashMap<>();
    private final Map<String, Label> stacks = new LinkedHashMap<>();

    Registry(List<Entry> entries, List<Label> classes, List<Label> standings, List<Label> vendors, List<Label> stacks,
            List<Label> patterns, Map<String, List<String>> patternCodes, Map<String, List<String>> patternReasons, java.util.Set<String> originPatterns,
            Map<String, ProducerEvidence> producers) {
        this.patterns = patterns;
        this.producers = producers;
        this.originPatterns = originPatterns;
        this.patternCodes = patternCodes;
        this.patternReasons = patternReasons;
        this.entries = List.copyOf(entries);
        this.classes = classes;
        this.standings = standings;
        // Plain loops, no lambdas: this runs on every cold CLI start, where each first lambda costs milliseconds.
        for (Label v : vendors) {
            this.vendors.put(v.id(), v);
        }
        for (Label s : stacks) {
            this.stacks.put(s.id(), s);
        }
        for (Entry e : this.entries) {
            byId.put(e.id(), e);
            listIn(byCode, e.code()).add(e);
            if (e.code().hasSubcode()) {
                listIn(subStatuses, e.code().code()).add(e);
            }
        }
    }

    private static <K> List<Entry> listIn(Map<K, List<Entry>> map, K key) {
        List<Entry> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        return list;
    }

    /**
     * Entries by normalized phrase, alias and title; built on the first query by name, since a lookup by number
     * (the common case, and the one a cold CLI run makes) never needs it. Building twice in a race is harmless.
     */
    private Map<String, List<Entry>> byName() {
        Map<String, List<Entry>> names = byName;
        if (names == null) {
            names = new HashMap<>();
            for (Entry e : entries) {
                index(names, normalize(e.phrase()), e);
                for (String alias : e.aliases()) {
                    index(names, normalize(alias), e);
                }
                index(names, normalize(e.title().zh()), e);
                index(names, normalize(e.title().en()), e);
            }
            byName = names;
        }
        return names;
    }

    private static void index(Map<String, List<Entry>> names, String name, Entry e) {
        List<Entry> list = listIn(names, name);
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** The registry compiled from {@code knowledge/} into this library; loaded once, on first use. */
    public static Registry standard() {
        return Bundled.REGISTRY;
    }

    /** Lazy holder: the resource is read when first needed, by the JVM's class initialisation lock. */
    private static final class Bundled {
        static final Registry REGISTRY = RegistryReader.readBundled();
    }

    /**
     * This registry plus extra entries compiled on their own, such as a user's catalogue (the CLI's
     * {@code --knowledge DIR}, compiled by {@code dev.httpcodes.knowledge.ExtraKnowledge}). The extras take their
     * place in the usual order: by code, sub-status, the plain id of a number before its other meanings, then
     * registered standings first. Ids must not repeat this registry's; the compiler checks that.
     *
     * @throws IllegalArgumentException when the bytes are not a compiled catalogue or repeat an id
     */
    public Registry withExtras(byte[] compiledExtras) {
        List<Entry> extras;
        try {
            extras = RegistryReader.readExtras(compiledExtras, this);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a compiled catalogue: " + e.getMessage(), e);
        }
        List<Entry> all = new ArrayList<>(entries);
        for (Entry e : extras) {
            if (byId.containsKey(e.id())) {
                throw new IllegalArgumentException("extra entry " + e.id() + " repeats an existing id");
            }
            all.add(e);
        }
        all.sort(Order.ENTRIES);
        return new Registry(all, classes, standings, vendors(), stacks(), patterns, patternCodes, patternReasons,
                originPatterns, producers);
    }

    /**
     * The order of entries; the knowledge compiler sorts the bundled resource the same way. A holder of its own:
     * its lambdas would otherwise be bootstrapped when Registry is initialised, which costs a plain lookup (which
     * never sorts) a good part of its cold start.
     */
    private static final class Order {
        static final java.util.Comparator<Entry> ENTRIES = java.util.Comparator
                .comparingInt((Entry e) -> e.code().code())
                .thenComparingInt(e -> e.code().subcode().orElse(-1))
                .thenComparingInt(e -> e.id().chars().anyMatch(Character::isLetter) ? 1 : 0)
                .thenComparingInt(e -> e.standing().ordinal())
                .thenComparing(Entry::id);
    }

    /** Every entry, ordered by code, sub-status, and standard meaning first. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entries that pass the filter, in registry order. */
    public List<Entry> list(EntryFilter filter) {
        return entries.stream().filter(filter).toList();
    }

    /** The entry with this id ({@code 404}, {@code 403.14}, {@code 499.esri}; {@code 500-11} is read as 500.11). */
    public Optional<Entry> findById(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.strip().toLowerCase(Locale.ROOT);
        Optional<StatusCode> code = StatusCode.tryParse(key);
        if (code.isPresent()) {
            key = code.get().toString();
        }
        return Optional.ofNullable(byId.get(key));
    }

    /** Like {@link #findById(String)}, but throws when there is no such entry. */
    public Entry getById(String id) {
        Optional<Entry> found = findById(id);
        if (found.isEmpty()) {
            throw unknown(id);
        }
        return found.get();
    }

    /** Every meaning of a code without sub-status, standard first; empty when none is known. */
    public List<Entry> find(int code) {
        return code < 0 || code > 999 ? List.of() : find(StatusCode.of(code));
    }

    /** Every meaning of exactly this code and sub-status, standard first. */
    public List<Entry> find(StatusCode code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** Like {@link #find(int)}, but throws when nothing is known. */
    public List<Entry> get(int code) {
        List<Entry> found = find(code);
        if (found.isEmpty()) {
            throw unknown(Integer.toString(code));
        }
        return found;
    }

    /**
     * The reason phrase to send or show for any number: its first meaning's phrase, or for a number nobody uses
     * the English name of its class (RFC 9110 §15: an unknown code is treated as the x00 of its class).
     */
    public String reasonPhrase(int code) {
        List<Entry> meanings = find(code);
        return meanings.isEmpty() ? label(StatusClass.of(code)).name().en() : meanings.get(0).phrase();
    }

    /**
     * What is known about any code in 000–999, registered or not: never throws for such a code, unlike
     * {@link #get(int)}. An unknown code gets its class and the standing {@link Standing#UNREGISTERED}.
     *
     * @throws IllegalArgumentException for a number outside 000–999, which is not a status code at all
     */
    public StatusInfo describe(int code) {
        if (code < 0 || code > 999) {
            throw new IllegalArgumentException("a status code has three digits; got " + code);
        }
        return describe(StatusCode.of(code));
    }

    /** Like {@link #describe(int)}, for a code with or without sub-status (an unknown sub-status: its parent's). */
    public StatusInfo describe(StatusCode code) {
        List<Entry> meanings = find(code);
        if (meanings.isEmpty() && code.hasSubcode()) {
            meanings = find(code.code());
        }
        return new StatusInfo(code, meanings, reasonPhrase(code.code()));
    }

    /** The IIS sub-status entries of a code ({@code 403.1} … {@code 403.504}). */
    public List<Entry> subStatuses(int code) {
        return subStatuses.getOrDefault(code, List.of());
    }

    /** Entries matching a query (see the class description); empty when none does. */
    public List<Entry> find(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip();
        Optional<StatusCode> code = StatusCode.tryParse(q);
        if (code.isPresent()) {
            return find(code.get());
        }
        Optional<StatusClass> statusClass = StatusClass.fromId(q);
        if (statusClass.isPresent()) {
            return list(EntryFilter.all().inClass(statusClass.get()));
        }
        Optional<Entry> byIdMatch = findById(q);
        if (byIdMatch.isPresent()) {
            return List.of(byIdMatch.get());
        }
        if (q.length() > 4 && StatusCode.tryParse(q.substring(0, 3)).isPresent()
                && Character.isWhitespace(q.charAt(3))) {
            // "404 Not Found": the meanings of the number that carry this name. (No regex here: compiling one
            // costs a cold start several milliseconds.)
            List<Entry> named = byName().getOrDefault(normalize(q.substring(4)), List.of());
            List<Entry> result = new ArrayList<>();
            for (Entry e : find(Integer.parseInt(q.substring(0, 3)))) {
                if (named.contains(e)) {
                    result.add(e);
                }
            }
            return result;
        }
        return byName().getOrDefault(normalize(q), List.of());
    }

    /** Like {@link #find(String)}, but throws when nothing matches. */
    public List<Entry> get(String query) {
        List<Entry> found = find(query);
        if (found.isEmpty()) {
            throw unknown(query);
        }
        return found;
    }

    /** The status classes with their names. */
    public List<Label> classes() {
        return classes;
    }

    /** The standings that entries can have, with their names ({@link Standing#UNREGISTERED} is not one). */
    public List<Label> standings() {
        List<Label> entryStandings = new ArrayList<>(standings.size());
        for (Label l : standings) {
            if (Standing.fromId(l.id()).map(Standing::hasEntries).orElse(true)) {
                entryStandings.add(l);
            }
        }
        return entryStandings;
    }

    /** The vendors that define codes. */
    public List<Label> vendors() {
        return List.copyOf(vendors.values());
    }

    public Optional<Label> vendor(String id) {
        return Optional.ofNullable(id == null ? null : vendors.get(id.strip().toLowerCase(Locale.ROOT)));
    }

    /** The stacks troubleshooting items are tagged with. */
    public List<Label> stacks() {
        return List.copyOf(stacks.values());
    }

    public Optional<Label> stack(String id) {
        return Optional.ofNullable(id == null ? null : stacks.get(id.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * A pattern across codes that the log analyzer recognises, by id ({@code slow-upstream}); its name is the
     * message, with {@code %s} where the analyzer puts a figure.
     */
    public Label pattern(String id) {
        return labelById(patterns, id);
    }

    /**
     * The ids of the entries whose counts a log pattern looks at ({@code slow-upstream}: 499 and 504), as the
     * knowledge base lists them; empty for a pattern about a whole class.
     *
     * @throws IllegalStateException when there is no such pattern
     */
    public List<String> patternCodes(String id) {
        List<String> codes = patternCodes.get(id);
        if (codes == null) {
            throw new IllegalStateException("the taxonomy has no pattern " + id);
        }
        return codes;
    }

    /**
     * The reason tokens a log pattern looks for in the records of its codes (Envoy's response flags {@code UF},
     * HAProxy's termination state {@code sH}), as the knowledge base lists them; empty for most patterns.
     *
     * @throws IllegalStateException when there is no such pattern
     */
    public List<String> patternReasons(String id) {
        List<String> reasons = patternReasons.get(id);
        if (reasons == null) {
            throw new IllegalStateException("the taxonomy has no pattern " + id);
        }
        return reasons;
    }

    /** Whether a log pattern applies only where the log holds the upstream's (origin's) own status for its codes. */
    public boolean patternNeedsOriginStatus(String id) {
        patternReasons(id);
        return originPatterns.contains(id);
    }

    /**
     * What a log format's evidence field says about who made each response (CloudFront's detailed result type,
     * Google's statusDetails, Front Door's errorInfo), or empty for a format whose producer is read otherwise.
     */
    public Optional<ProducerEvidence> producerEvidence(String format) {
        return Optional.ofNullable(producers.get(format));
    }

    /** The ids of every log pattern, in the knowledge base's order. */
    public List<String> patternIds() {
        return List.copyOf(patternCodes.keySet());
    }

    /** The name and summary of a class. */
    public Label label(StatusClass statusClass) {
        return labelById(classes, statusClass.id());
    }

    /** The name and summary of a standing. */
    public Label label(Standing standing) {
        return labelById(standings, standing.id());
    }

    private static Label labelById(List<Label> labels, String id) {
        for (Label l : labels) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        throw new IllegalStateException("the taxonomy has no label " + id);
    }

    private static UnknownStatusCodeException unknown(String input) {
        String shown = input == null ? "null" : "\"" + input + "\"";
        return new UnknownStatusCodeException(input, "no HTTP status code matches " + shown);
    }

    private static String normalize(String s) {
        return TextNormalizer.normalize(s);
    }
}

package dev.httpcodes.core.rules;

import dev.httpcodes.core.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lint rules, the producer fingerprints and the words for network failures, as compiled from
 * {@code knowledge/lint-rules.yaml} and {@code knowledge/fingerprints.yaml}. Immutable and thread-safe.
 */
public final class CheckKnowledge {
    static final String RESOURCE = "/dev/httpcodes/core/registry/check.bin";
    private static volatile CheckKnowledge standard;

    private final List<LintRule> rules;
    private final List<Producer> producers;
    private final Map<String, LocalizedText> failures;

    CheckKnowledge(List<LintRule> rules, List<Producer> producers, Map<String, LocalizedText> failures) {
        this.rules = List.copyOf(rules);
        this.producers = List.copyOf(producers);
        this.failures = Map.copyOf(failures);
    }

    /** The bundled rules and fingerprints, read once. */
    public static CheckKnowledge standard() {
        CheckKnowledge k = standard;
        if (k == null) {
            try (InputStream in = CheckKnowledge.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("resource " + RESOURCE + " is missing from the classpath");
                }
                k = CheckKnowledgeReader.read(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            standard = k;
        }
        return k;
    }

    /** Every rule, in the order of the data file. */
    public List<LintRule> rules() {
        return rules;
    }

    public Optional<LintRule> rule(String id) {
        for (LintRule r : rules) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every producer, in the order of the data file. */
    public List<Producer> producers() {
        return producers;
    }

    /** The message for a kind of network failure ({@code dns}, {@code refused}, {@code tls} …), with {detail}. */
    public Optional<LocalizedText> failure(String id) {
        return Optional.ofNullable(failures.get(id));
    }
}

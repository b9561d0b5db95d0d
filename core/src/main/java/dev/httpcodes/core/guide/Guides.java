package dev.httpcodes.core.guide;

import java.util.List;
import java.util.Optional;

/** The guides compiled into this library: the decision flow and the pairs with hand-written distinctions. */
public final class Guides {
    private final DecisionFlow which;
    private final List<Comparison> comparisons;

    Guides(DecisionFlow which, List<Comparison> comparisons) {
        this.which = which;
        this.comparisons = List.copyOf(comparisons);
    }

    /** The bundled guides; read once, on first use. */
    public static Guides standard() {
        return Bundled.GUIDES;
    }

    /** Lazy holder, as for the registry: the resource is read only by the commands and pages that use it. */
    private static final class Bundled {
        static final Guides GUIDES = GuideReader.readBundled();
    }

    /** "Which status code should I use?". */
    public DecisionFlow which() {
        return which;
    }

    /** Every pair with a distinction, in the order of the knowledge base. */
    public List<Comparison> comparisons() {
        return comparisons;
    }

    /** The distinction between two entry ids, in either order; empty when none is written. */
    public Optional<Comparison> comparison(String a, String b) {
        for (Comparison c : comparisons) {
            if (c.isAbout(a, b)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

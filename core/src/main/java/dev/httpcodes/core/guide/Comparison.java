package dev.httpcodes.core.guide;

import dev.httpcodes.core.LocalizedText;

/**
 * A hand-written way to tell two codes apart.
 *
 * @param first       entry id of the first code, as the pair is written in the knowledge base
 * @param second      entry id of the second code
 * @param distinction how to tell them apart
 */
public record Comparison(String first, String second, LocalizedText distinction) {
    /** Whether this pair is about exactly these two ids, in either order. */
    public boolean isAbout(String a, String b) {
        return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
    }
}

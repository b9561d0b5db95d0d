package dev.httpcodes.core.guide;

import dev.httpcodes.core.LocalizedText;
import java.util.List;

/**
 * Where a walk through the decision flow ends.
 *
 * @param code the entry id of the code to use
 * @param why  why this code fits
 * @param also entry ids worth reading next
 */
public record Answer(String code, LocalizedText why, List<String> also) {
}

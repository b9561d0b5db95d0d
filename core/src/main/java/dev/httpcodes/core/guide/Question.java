package dev.httpcodes.core.guide;

import dev.httpcodes.core.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * One question of the decision flow.
 *
 * @param id      unique within the flow; web pages use it as an anchor
 * @param text    the question
 * @param help    an optional explanation
 * @param choices the replies, in the order they are numbered (from 1)
 */
public record Question(String id, LocalizedText text, Optional<LocalizedText> help, List<Choice> choices) {
}

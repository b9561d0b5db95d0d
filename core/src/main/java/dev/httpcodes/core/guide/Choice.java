package dev.httpcodes.core.guide;

import dev.httpcodes.core.LocalizedText;
import java.util.Optional;

/**
 * One possible reply to a question: it leads either to another question or to an answer, never both.
 *
 * @param label the reply as the user reads it
 * @param next  the id of the next question, when the reply leads on
 * @param answer the answer, when the reply ends the walk
 */
public record Choice(LocalizedText label, Optional<String> next, Optional<Answer> answer) {
    public Choice {
        if (next.isPresent() == answer.isPresent()) {
            throw new IllegalArgumentException("a choice leads to a next question or to an answer");
        }
    }
}

package dev.httpcodes.core.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Which status code should I use?": a tree of questions whose leaves are codes. The build guarantees that every
 * question but the first is reached from exactly one choice, so a walk always ends, and that every code named is
 * an entry of the registry.
 */
public final class DecisionFlow {
    private final String start;
    private final Map<String, Question> questions = new LinkedHashMap<>();

    DecisionFlow(String start, List<Question> questions) {
        this.start = start;
        for (Question q : questions) {
            this.questions.put(q.id(), q);
        }
        if (!this.questions.containsKey(start)) {
            throw new IllegalArgumentException("the first question " + start + " is missing");
        }
    }

    /** The question every walk starts with. */
    public Question start() {
        return questions.get(start);
    }

    /** Every question, in the order the knowledge base lists them. */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** The question a choice leads to; the build guarantees it exists. */
    public Question next(Choice choice) {
        return questions.get(choice.next().orElseThrow());
    }

    /**
     * Follows numbered replies (1 for the first choice) from the start.
     *
     * @throws IllegalArgumentException naming the position of the first reply that is out of range or comes after
     *                                  the walk has already reached an answer
     */
    public Walk walk(List<Integer> replies) {
        Question q = start();
        for (int i = 0; i < replies.size(); i++) {
            int n = replies.get(i);
            if (n < 1 || n > q.choices().size()) {
                throw new IllegalArgumentException("answer " + (i + 1) + " is " + n + ", but question \"" + q.id()
                        + "\" has choices 1 to " + q.choices().size());
            }
            Choice c = q.choices().get(n - 1);
            if (c.answer().isPresent()) {
                if (i + 1 < replies.size()) {
                    throw new IllegalArgumentException("answer " + (i + 2) + " comes after the walk already"
                            + " reached code " + c.answer().get().code());
                }
                return new Walk(List.copyOf(replies), q, Optional.of(c.answer().get()));
            }
            q = next(c);
        }
        return new Walk(List.copyOf(replies), q, Optional.empty());
    }

    /**
     * Where a walk stopped.
     *
     * @param replies the numbered replies given
     * @param last    the last question asked (the one still open when there is no answer)
     * @param answer  the code reached, if the replies were enough
     */
    public record Walk(List<Integer> replies, Question last, Optional<Answer> answer) {
    }
}

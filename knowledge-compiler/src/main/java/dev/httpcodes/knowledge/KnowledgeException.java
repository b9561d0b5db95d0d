package dev.httpcodes.knowledge;

import java.util.List;

/** The knowledge base is invalid; carries every problem found, so one build run reports them all. */
public final class KnowledgeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public KnowledgeException(List<String> problems) {
        super(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

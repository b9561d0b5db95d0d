package dev.httpcodes.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What the parsed tree forgets about a YAML file: the line each value starts on (so every message can name file and
 * line), and how each text was written. The second matters because a plain (unquoted) scalar ends at {@code " #"},
 * which YAML reads as the start of a comment: {@code zh: 如 #include 写错} silently becomes {@code 如}. Requiring
 * texts to be quoted or block scalars, and rejecting comments after a value, makes that loss impossible.
 */
public final class YamlLayout {
    private final Map<String, Integer> lines;
    private final List<String> problems;

    private YamlLayout(Map<String, Integer> lines, List<String> problems) {
        this.lines = lines;
        this.problems = problems;
    }

    /** An empty layout, for text that could not be parsed (the parse error is reported elsewhere). */
    static YamlLayout none() {
        return new YamlLayout(Map.of(), List.of());
    }

    /**
     * Reads the layout of one entry file; {@code where} prefixes the problems found ({@code 5xx/500.100.yaml}).
     */
    static YamlLayout of(String yaml, String where) {
        LoadSettings settings = LoadSettings.builder().setParseComments(true).build();
        Map<String, Integer> lines = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try {
            for (Event event : new Parse(settings).parseString(yaml)) {
                if (event instanceof CommentEvent comment && comment.getCommentType() == CommentType.IN_LINE) {
                    problems.add(where + ":" + line(event) + ": a comment after a value: in unquoted text \" #\""
                            + " starts a comment and cuts the text off; quote the text, or put the comment on a"
                            + " line of its own");
                }
            }
            new Compose(LoadSettings.builder().build()).composeString(yaml)
                    .ifPresent(root -> walk(root, "", null, where, lines, problems));
        } catch (YamlEngineException e) {
            return none();
        }
        return new YamlLayout(Map.copyOf(lines), List.copyOf(problems));
    }

    private static int line(Event event) {
        return event.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static void walk(Node node, String pointer, String key, String where, Map<String, Integer> lines,
            List<String> problems) {
        int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        lines.put(pointer, line);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                walk(tuple.getValueNode(), pointer + "/" + escape(name), name, where, lines, problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            int i = 0;
            for (Node item : sequence.getValue()) {
                walk(item, pointer + "/" + i++, null, where, lines, problems);
            }
        } else if (node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN
                && ("zh".equals(key) || "en".equals(key))) {
            problems.add(where + ":" + line + ": text at " + pointer + " is a plain scalar; write it quoted (\"…\")"
                    + " or as a block (>-), since unquoted text ends at \" #\" or \": \"");
        }
    }

    /** JSON Pointer escaping (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Problems in how the file is written: plain texts, comments after values. */
    List<String> problems() {
        return problems;
    }

    /**
     * The line (1-based) of the value at a JSON Pointer, or of its nearest ancestor that has one; 0 when unknown.
     */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }
}

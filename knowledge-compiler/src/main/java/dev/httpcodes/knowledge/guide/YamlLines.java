package dev.httpcodes.knowledge.guide;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * The line where each value of a YAML document starts, by JSON Pointer ({@code /questions/2/choices/0}), so that a
 * problem found in the parsed tree can name the line a person has to fix. A tree parsed by Jackson keeps no
 * locations, so the document is read a second time as a token stream. Public for the search synonyms compiler.
 */
public final class YamlLines {
    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    public static YamlLines of(ObjectMapper yaml, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yaml.createParser(text)) {
            Frame top = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                switch (token) {
                    case PROPERTY_NAME -> {
                        top.name = parser.currentName();
                        lines.putIfAbsent(top.child(), line);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String pointer = top == null ? "" : top.child();
                        lines.putIfAbsent(pointer, line);
                        top = new Frame(top, pointer, token == JsonToken.START_ARRAY);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        top = top.parent;
                        if (top != null) {
                            top.advance();
                        }
                    }
                    default -> {
                        if (top != null) {
                            lines.putIfAbsent(top.child(), line);
                            top.advance();
                        }
                    }
                }
            }
        }
        return new YamlLines(lines);
    }

    /** The line of the value at this pointer, or of its nearest parent that has one; 1 when nothing is known. */
    public int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** One open object or array while reading. */
    private static final class Frame {
        final Frame parent;
        final String pointer;
        final boolean array;
        int index;
        String name;

        Frame(Frame parent, String pointer, boolean array) {
            this.parent = parent;
            this.pointer = pointer;
            this.array = array;
        }

        String child() {
            return pointer + "/" + (array ? Integer.toString(index) : escape(name));
        }

        void advance() {
            if (array) {
                index++;
            }
        }

        private static String escape(String name) {
            return name == null ? "" : name.replace("~", "~0").replace("/", "~1");
        }
    }
}

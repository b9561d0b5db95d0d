package dev.httpcodes.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The rules for the words of an entry, checked on every text ({@code {zh, en}} object) wherever it sits: inline code
 * spans are well formed, Chinese text uses full-width quotes outside code, and no text talks about this project's
 * history instead of the code (the phrases are listed in {@code style.yaml}).
 */
final class TextRules {
    private final List<Forbidden> forbidden;

    /** A phrase entries must not use, and why. */
    record Forbidden(String phrase, String why) {
    }

    TextRules(List<Forbidden> forbidden) {
        this.forbidden = List.copyOf(forbidden);
    }

    /** Reads the {@code forbidden} list of {@code style.yaml}; a missing file means no phrase is forbidden. */
    static TextRules of(JsonNode style) {
        List<Forbidden> list = new ArrayList<>();
        for (JsonNode item : style.path("forbidden")) {
            list.add(new Forbidden(item.path("phrase").asString().toLowerCase(Locale.ROOT),
                    item.path("why").asString()));
        }
        return new TextRules(list);
    }

    void check(SourceFile file, List<String> problems) {
        walk(file, file.node(), "", problems);
    }

    private void walk(SourceFile file, JsonNode node, String pointer, List<String> problems) {
        if (node.isObject()) {
            if (isText(node)) {
                checkText(file, pointer + "/zh", node.path("zh").asString(), true, problems);
                checkText(file, pointer + "/en", node.path("en").asString(), false, problems);
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(file, field.getValue(), pointer + "/" + field.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(file, node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isString()) {
            checkWording(file, pointer, node.asString(), problems);
        }
    }

    /** A text is an object of strings keyed zh and en ({@code keywords} holds lists, so it is not one). */
    private static boolean isText(JsonNode node) {
        if (node.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!(field.getKey().equals("zh") || field.getKey().equals("en")) || !field.getValue().isString()) {
                return false;
            }
        }
        return true;
    }

    private void checkText(SourceFile file, String pointer, String text, boolean chinese, List<String> problems) {
        checkWording(file, pointer, text, problems);
        String problem = codeSpanProblem(text);
        if (problem != null) {
            problems.add(file.at(pointer) + ": " + pointer + ": " + problem);
            return;
        }
        if (chinese && outsideCode(text).indexOf('"') >= 0) {
            problems.add(file.at(pointer) + ": " + pointer + ": ASCII double quote in Chinese text; use “…”"
                    + " (or put code in backticks)");
        }
    }

    private void checkWording(SourceFile file, String pointer, String text, List<String> problems) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Forbidden f : forbidden) {
            if (lower.contains(f.phrase())) {
                problems.add(file.at(pointer) + ": " + pointer + ": \"" + f.phrase() + "\" (" + f.why()
                        + "); entries are written for the reader, see knowledge/README.md");
            }
        }
    }

    /**
     * Why the inline code markup of a text is malformed, or null when it is well formed: backticks pair up, and
     * each span is non-empty and on one line. (A backtick inside a span cannot be written, so nesting is impossible
     * by construction; {@code ``} is reported as an empty span.)
     */
    static String codeSpanProblem(String text) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                if (open < 0) {
                    open = i;
                } else {
                    if (i == open + 1) {
                        return "empty code span `` at character " + open;
                    }
                    if (text.substring(open + 1, i).isBlank()) {
                        return "blank code span at character " + open;
                    }
                    open = -1;
                }
            } else if (open >= 0 && (c == '\n' || c == '\r')) {
                return "code span opened at character " + open + " runs across a line break; close it on the same"
                        + " line";
            }
        }
        return open < 0 ? null : "unbalanced backtick: code span opened at character " + open + " is never closed";
    }

    /** The text with its code spans removed. */
    static String outsideCode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean code = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

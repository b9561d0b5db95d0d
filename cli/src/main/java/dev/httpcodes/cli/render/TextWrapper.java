package dev.httpcodes.cli.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a column width. Latin text breaks at spaces (a word longer than the line is cut); Chinese may break
 * between any two characters, except that closing punctuation never starts a line and opening punctuation never
 * ends one, as Chinese typesetting expects.
 */
public final class TextWrapper {
    private static final String NO_LINE_START = "，。、；：？！）」』》〉】”’,.;:?!)]}%";
    private static final String NO_LINE_END = "（「『《〈【“‘([{";

    private TextWrapper() {
    }

    /**
     * The lines of {@code text} wrapped to {@code width} columns, each prefixed with {@code indent} (whose width
     * counts). A width of 0 or less means no wrapping.
     */
    public static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), width, indent, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, int width, String indent, List<String> lines) {
        int room = width - DisplayWidth.of(indent);
        if (width <= 0 || room < 8 || DisplayWidth.of(text) <= room) {
            lines.add(indent + text);
            return;
        }
        StringBuilder line = new StringBuilder();
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int end = nextUnitEnd(text, i);
            String unit = text.substring(i, end);
            int w = DisplayWidth.of(unit);
            if (used + w > room && used > 0) {
                if (unit.isBlank()) {
                    i = end;
                    continue;
                }
                lines.add(indent + line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
            }
            if (used == 0 && unit.isBlank()) {
                i = end;
                continue;
            }
            if (w > room) {
                // A single word wider than the line: cut it where the line ends.
                for (char c : unit.toCharArray()) {
                    if (used + DisplayWidth.of(c) > room) {
                        lines.add(indent + line);
                        line.setLength(0);
                        used = 0;
                    }
                    line.append(c);
                    used += DisplayWidth.of(c);
                }
            } else {
                line.append(unit);
                used += w;
            }
            i = end;
        }
        if (used > 0) {
            lines.add(indent + line.toString().stripTrailing());
        }
    }

    /**
     * The end of the unbreakable unit starting at {@code i}: a Latin word, a run of spaces, or one Chinese character
     * together with the punctuation that must stay on its line.
     */
    private static int nextUnitEnd(String text, int i) {
        char c = text.charAt(i);
        int j = i + 1;
        if (c == ' ') {
            while (j < text.length() && text.charAt(j) == ' ') {
                j++;
            }
            return j;
        }
        if (DisplayWidth.of(c) == 2 || NO_LINE_END.indexOf(c) >= 0) {
            // Keep opening punctuation with what follows, and closing punctuation with what precedes.
            while (j < text.length() && NO_LINE_END.indexOf(text.charAt(j - 1)) >= 0) {
                j++;
            }
            while (j < text.length() && NO_LINE_START.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            return j;
        }
        while (j < text.length()) {
            char d = text.charAt(j);
            if (d == ' ' || DisplayWidth.of(d) == 2 || NO_LINE_END.indexOf(d) >= 0 && DisplayWidth.of(d) == 2) {
                break;
            }
            j++;
        }
        while (j < text.length() && NO_LINE_START.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }
}

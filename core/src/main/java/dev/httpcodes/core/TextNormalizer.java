package dev.httpcodes.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the registry and search compare text: turns it into comparable form: lower case in the root locale, apostrophes dropped, punctuation as spaces.
 * Latin words split on spaces; a run of Chinese characters stays one token, because Chinese has no spaces and is
 * matched by substring instead.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Normalized form of any text; Latin and Chinese runs are separated by a space. */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                boolean boundary = b.length() > 0 && isCjk(c) != isCjk(b.charAt(b.length() - 1))
                        && b.charAt(b.length() - 1) != ' ';
                if (boundary) {
                    b.append(' ');
                }
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of a normalized text; a run of Chinese characters is one word. */
    public static List<String> tokens(String normalized) {
        List<String> tokens = new ArrayList<>();
        for (String t : normalized.split(" ")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** Whether a character is Chinese or Japanese script, which is written without spaces. */
    public static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether a token is a Chinese (or Japanese) run. */
    public static boolean isCjk(String token) {
        return !token.isEmpty() && isCjk(token.charAt(0));
    }
}

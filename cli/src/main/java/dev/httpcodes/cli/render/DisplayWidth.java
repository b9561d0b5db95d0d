package dev.httpcodes.cli.render;

/**
 * How many terminal columns text takes: East Asian wide and fullwidth characters take two, ANSI colour sequences
 * ({@code ESC [ … m}) none, the rest one.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(CharSequence s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                while (i < s.length() && s.charAt(i) != 'm') {
                    i++;
                }
                continue;
            }
            width += of(c);
        }
        return width;
    }

    public static int of(char c) {
        if (c < 0x1100) {
            return 1;
        }
        boolean wide = (c >= 0x1100 && c <= 0x115F)      // Hangul Jamo
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) // CJK radicals … Yi
                || (c >= 0xAC00 && c <= 0xD7A3)                // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)                // CJK compatibility ideographs
                || (c >= 0xFE30 && c <= 0xFE4F)                // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60)                // fullwidth forms
                || (c >= 0xFFE0 && c <= 0xFFE6);
        return wide ? 2 : 1;
    }
}

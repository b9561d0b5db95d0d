package dev.httpcodes.knowledge;

import java.util.regex.Pattern;

/**
 * YAML folded blocks ({@code >-}) turn line breaks into spaces, which is right for English and wrong for Chinese:
 * a line break between two Chinese characters must vanish. This removes whitespace runs standing between two
 * Chinese characters or Chinese punctuation marks, and leaves every other space alone.
 */
public final class ChineseSpacing {
    private static final Pattern BETWEEN_CHINESE =
            Pattern.compile("(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])\\s+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])");

    private ChineseSpacing() {
    }

    public static String clean(String zh) {
        return BETWEEN_CHINESE.matcher(zh).replaceAll("");
    }
}

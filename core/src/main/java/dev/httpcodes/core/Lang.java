package dev.httpcodes.core;

import java.util.Locale;

/**
 * The two languages every text exists in. Any Chinese tag ({@code zh}, {@code zh-CN}, {@code zh-Hans},
 * {@code zh_CN.UTF-8}, and also {@code zh-TW}, which like Java's resource bundles falls back to {@code zh}) selects
 * Chinese; every other tag falls back to English.
 */
public enum Lang {
    ZH("zh-CN"),
    EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag to announce in Content-Language. */
    public String tag() {
        return tag;
    }

    /** The language for a BCP 47 tag or POSIX locale name; null or unknown gives English. */
    public static Lang of(String tag) {
        if (tag == null) {
            return EN;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_") || t.startsWith("zh.") ? ZH : EN;
    }

    /** The language for a Java locale. */
    public static Lang of(Locale locale) {
        return locale == null ? EN : of(locale.getLanguage());
    }
}

package dev.httpcodes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Chinese UI texts use Chinese punctuation, and the helpers that join labels and values do too. */
class UiTextPunctuationTest {
    /** ASCII colon, semicolon, comma or parenthesis next to a Chinese character. */
    private static final Pattern ASCII_BY_HAN = Pattern.compile("\\p{IsHan}\\s?[:;,()]|[:;,(]\\s?\\p{IsHan}");

    @Test
    void chineseTextsUseFullWidthPunctuation() {
        List<String> offending = new ArrayList<>();
        for (UiText t : UiText.values()) {
            if (ASCII_BY_HAN.matcher(t.in(Lang.ZH)).find()) {
                offending.add(t.name() + " = " + t.in(Lang.ZH));
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void labelsAndListsFollowTheLanguage() {
        assertThat(UiText.CAUSE.label(Lang.ZH)).isEqualTo(UiText.CAUSE.in(Lang.ZH) + "：");
        assertThat(UiText.CAUSE.label(Lang.EN)).isEqualTo(UiText.CAUSE.in(Lang.EN) + ": ");
        assertThat(UiText.parenthesized(Lang.ZH, "may")).isEqualTo("（may）");
        assertThat(UiText.parenthesized(Lang.EN, "may")).isEqualTo("(may)");
        assertThat(String.join(UiText.listSeparator(Lang.ZH), "a", "b")).isEqualTo("a、b");
        assertThat(String.join(UiText.listSeparator(Lang.EN), "a", "b")).isEqualTo("a, b");
    }
}

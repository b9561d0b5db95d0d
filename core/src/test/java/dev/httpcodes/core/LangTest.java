package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LangTest {
    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans", "ZH-hans-cn", "zh_CN.UTF-8", "zh-TW", " zh "})
    void chineseTagsResolveToChinese(String tag) {
        assertThat(Lang.of(tag)).isEqualTo(Lang.ZH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "fr", "de-DE", "", "C", "POSIX", "zhx", "ja"})
    void everythingElseFallsBackToEnglish(String tag) {
        assertThat(Lang.of(tag)).isEqualTo(Lang.EN);
    }

    @Test
    void nullAndLocales() {
        assertThat(Lang.of((String) null)).isEqualTo(Lang.EN);
        assertThat(Lang.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Lang.ZH);
        assertThat(Lang.of(Locale.GERMANY)).isEqualTo(Lang.EN);
        assertThat(new LocalizedText("中", "en").in(Lang.ZH)).isEqualTo("中");
    }
}

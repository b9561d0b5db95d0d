package dev.httpcodes.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
    @Test
    void chineseCharactersAreTwoColumns() {
        assertThat(DisplayWidth.of("超时")).isEqualTo(4);
        assertThat(DisplayWidth.of("504 网关超时")).isEqualTo(12);
        assertThat(DisplayWidth.of("，")).isEqualTo(2);
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of(new Style(true).dim("超时 ok"))).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 20, 33, 40, 80})
    void longChineseTextWrapsWithinWidthAndLosesNothing(int width) {
        for (Entry e : Registry.standard().entries()) {
            String text = e.description().zh();
            List<String> lines = TextWrapper.wrap(text, width, "  ");
            assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(width));
            String rejoined = String.join("", lines.stream().map(l -> l.substring(2)).toList());
            assertThat(rejoined.replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 40, 80})
    void englishBreaksAtSpaces(int width) {
        String text = Registry.standard().getById("503").description().en();
        List<String> lines = TextWrapper.wrap(text, width, "");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
        assertThat(String.join(" ", lines)).isEqualTo(text.replaceAll(" +", " "));
    }

    @Test
    void chinesePunctuationNeverStartsALine() {
        String text = "服务器暂时无法处理请求，多半是过载或正在维护。稍后再试通常会恢复，也可以参考响应中的首部。";
        for (int width = 8; width < 40; width++) {
            for (String line : TextWrapper.wrap(text, width, "")) {
                assertThat("，。、；：？！）".indexOf(line.charAt(0))).as("line %s at %d", line, width).isNegative();
            }
        }
    }

    @Test
    void noWrappingWhenWidthIsZero() {
        String text = "a ".repeat(100).strip();
        assertThat(TextWrapper.wrap(text, 0, "")).containsExactly(text);
    }
}

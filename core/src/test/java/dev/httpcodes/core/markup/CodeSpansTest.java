package dev.httpcodes.core.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSpansTest {
    @Test
    void splitsProseAndCode() {
        assertThat(CodeSpans.split("run `nginx -t` then `nginx -s reload`.")).containsExactly(
                new CodeSpans.Segment("run ", false), new CodeSpans.Segment("nginx -t", true),
                new CodeSpans.Segment(" then ", false), new CodeSpans.Segment("nginx -s reload", true),
                new CodeSpans.Segment(".", false));
        assertThat(CodeSpans.split("`a`")).containsExactly(new CodeSpans.Segment("a", true));
        assertThat(CodeSpans.split("")).isEmpty();
    }

    @Test
    void plainDropsTheBackticksOnly() {
        assertThat(CodeSpans.plain("set `enabled=\"true\"` in 中文`里`。")).isEqualTo("set enabled=\"true\" in 中文里。");
        assertThat(CodeSpans.plain("no code")).isEqualTo("no code");
    }

    @Test
    void anUnpairedBacktickFromElsewhereStaysText() {
        assertThat(CodeSpans.split("a ` b")).isEqualTo(List.of(new CodeSpans.Segment("a ` b", false)));
        assertThat(CodeSpans.plain("`x` and `y")).isEqualTo("x and `y");
    }
}

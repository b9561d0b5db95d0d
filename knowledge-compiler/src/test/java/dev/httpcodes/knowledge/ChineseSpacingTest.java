package dev.httpcodes.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseSpacingTest {
    @Test
    void removesFoldedLineBreaksBetweenChineseOnly() {
        assertThat(ChineseSpacing.clean("服务器暂时 无法处理。 稍后再试")).isEqualTo("服务器暂时无法处理。稍后再试");
        assertThat(ChineseSpacing.clean("使用 nginx 的 proxy_read_timeout 设置")).isEqualTo("使用 nginx 的 proxy_read_timeout 设置");
        assertThat(ChineseSpacing.clean("返回 503 状态码")).isEqualTo("返回 503 状态码");
        assertThat(ChineseSpacing.clean("English text stays as it is.")).isEqualTo("English text stays as it is.");
    }
}

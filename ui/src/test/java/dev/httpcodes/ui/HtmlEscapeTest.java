package dev.httpcodes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEscapeTest {
    @Test
    void escapesTheFiveCharactersAndNothingElse() {
        assertThat(HtmlEscape.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(HtmlEscape.escape("网关超时 504")).isEqualTo("网关超时 504");
        assertThat(HtmlEscape.escape(null)).isEmpty();
        assertThat(HtmlEscape.escape("")).isEmpty();
    }

    @Test
    void everyUiTextFormatsWithoutLeftoverPlaceholders() {
        for (UiText t : UiText.values()) {
            int holes = t.in(dev.httpcodes.core.Lang.EN).split("%s", -1).length - 1;
            Object[] args = new Object[holes];
            java.util.Arrays.fill(args, "X");
            assertThat(t.format(dev.httpcodes.core.Lang.EN, args)).as(t.name()).doesNotContain("%s");
            assertThat(t.in(dev.httpcodes.core.Lang.ZH).split("%s", -1).length - 1).as("same holes in zh for %s", t)
                    .isEqualTo(holes);
        }
    }

    @Test
    void markupEscapesEverythingAndWrapsCode() {
        assertThat(HtmlEscape.markup("use `<add name=\"x\" />` & <b>not</b> this"))
                .isEqualTo("use <code>&lt;add name=&quot;x&quot; /&gt;</code> &amp; &lt;b&gt;not&lt;/b&gt; this");
        assertThat(HtmlEscape.markup("`x` and `y")).isEqualTo("<code>x</code> and `y");
    }
}

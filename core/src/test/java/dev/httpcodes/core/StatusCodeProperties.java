package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Parse and format are inverse over the whole value space; random text never escapes as an exception. */
class StatusCodeProperties {
    @Property
    void formatThenParseGivesTheSameCode(@ForAll @IntRange(min = 0, max = 999) int code) {
        StatusCode c = StatusCode.of(code);
        assertThat(StatusCode.parse(c.toString())).isEqualTo(c);
    }

    @Property
    void formatThenParseKeepsTheSubStatus(@ForAll @IntRange(min = 0, max = 999) int code,
            @ForAll @IntRange(min = 0, max = 999) int subcode) {
        StatusCode c = StatusCode.of(code, subcode);
        assertThat(StatusCode.parse(c.toString())).isEqualTo(c);
        assertThat(StatusCode.parse(c.toString().replace('.', '-'))).isEqualTo(c);
    }

    @Property
    void arbitraryTextEitherParsesOrIsEmpty(@ForAll @StringLength(max = 12) String text) {
        // tryParse never throws; when it succeeds, the canonical form parses back to the same value.
        StatusCode.tryParse(text).ifPresent(c -> assertThat(StatusCode.parse(c.toString())).isEqualTo(c));
    }

    @Property
    void classMatchesFirstDigitInRange(@ForAll @IntRange(min = 100, max = 599) int code) {
        assertThat(StatusClass.of(code).id()).isEqualTo((code / 100) + "xx");
    }
}

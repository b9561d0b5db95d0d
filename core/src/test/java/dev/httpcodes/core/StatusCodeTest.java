package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCodeTest {
    @Test
    void parsesPlainCodesAndBothSubStatusSpellings() {
        assertThat(StatusCode.parse("404").code()).isEqualTo(404);
        assertThat(StatusCode.parse("404").subcode()).isEmpty();
        assertThat(StatusCode.parse("403.14").subcode()).contains(14);
        assertThat(StatusCode.parse("500-11")).isEqualTo(StatusCode.of(500, 11));
        assertThat(StatusCode.parse(" 403.501 ")).isEqualTo(StatusCode.of(403, 501));
        assertThat(StatusCode.parse("000").code()).isZero();
    }

    @Test
    void formatsCanonically() {
        assertThat(StatusCode.of(500, 11)).hasToString("500.11");
        assertThat(StatusCode.of(0)).hasToString("000");
        assertThat(StatusCode.of(99)).hasToString("099");
        assertThat(StatusCode.parse("500-11")).hasToString("500.11");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "40", "1000", "404.x", "4xx5", "404.", "404.1234", "-404", "+404", "4 04",
        "404..1", "404-", "٤٠٤"})
    void rejectsMalformedInputNamingIt(String input) {
        assertThat(StatusCode.tryParse(input)).isEmpty();
        assertThatThrownBy(() -> StatusCode.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(input == null ? "null" : "\"" + input + "\"")
                .hasMessageContaining("three digits");
    }

    @Test
    void rangeChecksOnConstruction() {
        assertThatThrownBy(() -> StatusCode.of(1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000");
        assertThatThrownBy(() -> StatusCode.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusCode.of(403, 1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000");
    }

    @Test
    void classFollowsTheFirstDigitAndOutsideIsInvalid() {
        assertThat(StatusCode.of(100).statusClass()).isEqualTo(StatusClass.INFORMATIONAL);
        assertThat(StatusCode.of(226).statusClass()).isEqualTo(StatusClass.SUCCESSFUL);
        assertThat(StatusCode.of(308).statusClass()).isEqualTo(StatusClass.REDIRECTION);
        assertThat(StatusCode.of(499).statusClass()).isEqualTo(StatusClass.CLIENT_ERROR);
        assertThat(StatusCode.of(599).statusClass()).isEqualTo(StatusClass.SERVER_ERROR);
        assertThat(StatusCode.of(99).statusClass()).isEqualTo(StatusClass.INVALID);
        assertThat(StatusCode.of(600).statusClass()).isEqualTo(StatusClass.INVALID);
        assertThat(StatusCode.of(0).statusClass()).isEqualTo(StatusClass.INVALID);
    }

    @Test
    void equalityAndOrder() {
        assertThat(StatusCode.of(403, 14)).isEqualTo(StatusCode.parse("403.14")).hasSameHashCodeAs(
                StatusCode.parse("403-14"));
        assertThat(StatusCode.of(403)).isNotEqualTo(StatusCode.of(403, 0));
        assertThat(StatusCode.of(403)).isLessThan(StatusCode.of(403, 0));
        assertThat(StatusCode.of(403, 14).withoutSubcode()).isEqualTo(StatusCode.of(403));
    }
}

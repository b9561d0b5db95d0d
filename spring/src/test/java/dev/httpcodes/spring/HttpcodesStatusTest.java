package dev.httpcodes.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Standing;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

class HttpcodesStatusTest {
    private static final Registry REGISTRY = Registry.standard();

    @Test
    void everyCodeFrom100To999ResolvesWhereSpringsEnumThrows() {
        for (int code = 100; code <= 999; code++) {
            HttpcodesStatus status = HttpcodesStatus.of(code);
            assertThat(status.value()).isEqualTo(code);
            assertThat(status.toHttpStatusCode()).isEqualTo(HttpStatusCode.valueOf(code));
            assertThat(HttpcodesStatus.from(HttpStatusCode.valueOf(code))).isEqualTo(status);
            assertThat(status.reasonPhrase()).isEqualTo(REGISTRY.reasonPhrase(code));
            assertThat(status.is4xxClientError()).isEqualTo(code / 100 == 4);
            assertThat(status.is5xxServerError()).isEqualTo(code / 100 == 5);
            assertThat(status.isError()).isEqualTo(code >= 400);
        }
        // The wall people hit (spring-boot#11923): Spring's own enum has no 522.
        assertThatThrownBy(() -> HttpStatus.valueOf(522)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vendorCodesAreNamedWithTheirVendor() {
        Entry cloudflare = REGISTRY.get(522).get(0);
        assertThat(cloudflare.standing()).isEqualTo(Standing.VENDOR);
        HttpcodesStatus status = HttpcodesStatus.of(522);
        assertThat(status.entry()).contains(cloudflare);
        assertThat(status.describe()).isEqualTo(
                "522 " + cloudflare.phrase() + " (" + cloudflare.vendor().orElseThrow().name().en() + ")");
        // A standard code is not given a vendor.
        assertThat(HttpcodesStatus.of(404).describe()).isEqualTo("404 " + REGISTRY.getById("404").phrase());
    }

    @Test
    void eachMeaningOfANumberIsItsOwnValue() {
        HttpcodesStatus esri = HttpcodesStatus.resolve("499.esri").orElseThrow();
        HttpcodesStatus nginx = HttpcodesStatus.of(499);
        assertThat(esri.value()).isEqualTo(499);
        assertThat(esri.toHttpStatusCode()).isEqualTo(nginx.toHttpStatusCode());
        assertThat(esri).isNotEqualTo(nginx);
        assertThat(esri.entry().orElseThrow().id()).isEqualTo("499.esri");
        assertThat(HttpcodesStatus.resolve("no-such-entry")).isEmpty();
    }

    @Test
    void unknownCodesKeepTheirClassAndTheUnregisteredStanding() {
        HttpcodesStatus status = HttpcodesStatus.of(299);
        assertThat(status.entry()).isEmpty();
        assertThat(status.info().standing()).isEqualTo(Standing.UNREGISTERED);
        assertThat(status.is2xxSuccessful()).isTrue();
    }

    @Test
    void springStatusesConvertAndOutOfRangeValuesAreRejected() {
        assertThat(HttpcodesStatus.from(HttpStatus.NOT_FOUND).entry().orElseThrow().id()).isEqualTo("404");
        assertThatThrownBy(() -> HttpcodesStatus.of(99)).hasMessageContaining("99");
        assertThatThrownBy(() -> HttpcodesStatus.of(1000)).hasMessageContaining("1000");
    }
}

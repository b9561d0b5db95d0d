package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpStatusTest {
    @Test
    void hasAConstantForEveryRegisteredCode() {
        for (Entry e : Registry.standard().entries()) {
            boolean registeredNumber = e.standing().isRegistered() && e.id().matches("\\d{3}");
            assertThat(HttpStatus.resolve(e.code().code()).isPresent() || !registeredNumber)
                    .as("constant for %s", e.id()).isTrue();
        }
        assertThat(HttpStatus.values()).hasSize(
                (int) Registry.standard().entries().stream()
                        .filter(e -> e.standing().isRegistered() && e.id().matches("\\d{3}")).count());
    }

    @Test
    void constantsReadLikeSpringsAndCarryTheRegistryPhrase() {
        assertThat(HttpStatus.NOT_FOUND.value()).isEqualTo(404);
        assertThat(HttpStatus.NOT_FOUND.phrase()).isEqualTo(Registry.standard().getById("404").phrase());
        assertThat(HttpStatus.valueOf(418).value()).isEqualTo(418);
        assertThat(HttpStatus.valueOf(503)).isSameAs(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void classHelpers() {
        assertThat(HttpStatus.CONTINUE.isInformational()).isTrue();
        assertThat(HttpStatus.OK.isSuccessful()).isTrue();
        assertThat(HttpStatus.PERMANENT_REDIRECT.isRedirection()).isTrue();
        assertThat(HttpStatus.TOO_MANY_REQUESTS.isClientError()).isTrue();
        assertThat(HttpStatus.TOO_MANY_REQUESTS.isError()).isTrue();
        assertThat(HttpStatus.BAD_GATEWAY.isServerError()).isTrue();
        assertThat(HttpStatus.OK.isError()).isFalse();
        assertThat(HttpStatus.GATEWAY_TIMEOUT.statusClass()).isEqualTo(StatusClass.SERVER_ERROR);
    }

    @Test
    void unregisteredNumbers() {
        assertThat(HttpStatus.resolve(499)).isEmpty();
        assertThat(HttpStatus.resolve(-5)).isEmpty();
        assertThat(HttpStatus.resolve(1000)).isEmpty();
        assertThatThrownBy(() -> HttpStatus.valueOf(499)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("499");
    }
}

package dev.httpcodes.jakarta.rs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class HttpcodesStatusTypeTest {
    private static final Registry REGISTRY = Registry.standard();

    @Test
    void everyEntryHasAStatusTypeWithItsOwnPhrase() {
        for (Entry e : REGISTRY.entries()) {
            if (e.code().code() < 100) {
                continue; // 000 is a log value, not something a response can carry
            }
            HttpcodesStatusType type = HttpcodesStatusType.of(e);
            assertThat(type.getStatusCode()).isEqualTo(e.code().code());
            assertThat(type.getReasonPhrase()).isEqualTo(e.phrase());
            assertThat(type.entry()).contains(e);
            assertThat(type.getFamily()).isEqualTo(Response.Status.Family.familyOf(e.code().code()));
        }
    }

    @Test
    void anyCodeWorksAndOthersAreRejected() {
        for (int code = 100; code <= 999; code++) {
            assertThat(HttpcodesStatusType.of(code).getReasonPhrase()).isEqualTo(REGISTRY.reasonPhrase(code));
        }
        assertThat(HttpcodesStatusType.of(299).entry()).isEmpty();
        assertThat(HttpcodesStatusType.of(777).getFamily()).isEqualTo(Response.Status.Family.OTHER);
        assertThatThrownBy(() -> HttpcodesStatusType.of(42)).hasMessageContaining("42");
    }

    @Test
    void theApisOwnConstantsConvert() {
        HttpcodesStatusType fromApi = HttpcodesStatusType.from(Response.Status.SERVICE_UNAVAILABLE);
        assertThat(fromApi.entry().orElseThrow().id()).isEqualTo("503");
        assertThat(fromApi.toStatus()).contains(Response.Status.SERVICE_UNAVAILABLE);
        assertThat(HttpcodesStatusType.of(REGISTRY.getById("499.esri")))
                .isNotEqualTo(HttpcodesStatusType.of(499));
    }
}

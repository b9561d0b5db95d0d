package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.RetryAdvice.Decision;
import dev.httpcodes.core.RetryAdvice.Reason;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StatusInfoTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Property
    void everyThreeDigitCodeIsDescribedWithoutThrowing(@ForAll @IntRange(min = 0, max = 999) int code) {
        StatusInfo info = REGISTRY.describe(code);
        assertThat(info.code().code()).isEqualTo(code);
        assertThat(info.statusClass()).isEqualTo(StatusClass.of(code));
        assertThat(info.reasonPhrase()).isEqualTo(REGISTRY.reasonPhrase(code));
        if (REGISTRY.find(code).isEmpty()) {
            assertThat(info.standing()).isEqualTo(Standing.UNREGISTERED);
            assertThat(info.isKnown()).isFalse();
            assertThat(info.primary()).isEmpty();
        } else {
            assertThat(info.meanings()).isEqualTo(REGISTRY.find(code));
            assertThat(info.standing()).isEqualTo(REGISTRY.find(code).get(0).standing());
        }
    }

    @Test
    void unassignedCodeGetsItsClassAndTheUnregisteredStanding() {
        // 299 is in the unassigned 2xx range of the IANA registry, and no product in the knowledge base uses it.
        assertThat(REGISTRY.find(299)).isEmpty();
        StatusInfo info = REGISTRY.describe(299);
        assertThat(info.standing()).isEqualTo(Standing.UNREGISTERED);
        assertThat(info.reasonPhrase()).isEqualTo(REGISTRY.label(StatusClass.SUCCESSFUL).name().en());
        assertThat(info.isCacheableByDefault()).isFalse();
        assertThat(info.requiredResponseHeaders()).isEmpty();
        assertThat(REGISTRY.label(Standing.UNREGISTERED).id()).isEqualTo("unregistered");
        assertThat(REGISTRY.standings()).extracting(Label::id).doesNotContain("unregistered");
    }

    @Test
    void numbersThatAreNotStatusCodesAreRejectedWithTheNumber() {
        assertThatThrownBy(() -> REGISTRY.describe(1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000");
        assertThatThrownBy(() -> REGISTRY.describe(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void unknownSubStatusFallsBackToItsParentsMeanings() {
        StatusInfo info = REGISTRY.describe(StatusCode.parse("404.99"));
        assertThat(info.meanings()).isEqualTo(REGISTRY.find(404));
    }

    @Test
    void cacheabilityAndRequiredHeadersComeFromTheSemantics() {
        for (Entry e : REGISTRY.entries()) {
            if (e.semantics().isEmpty() || e.code().hasSubcode()) {
                continue;
            }
            StatusInfo info = REGISTRY.describe(e.code().code());
            Semantics s = info.semantics().orElseThrow();
            assertThat(info.isCacheableByDefault()).as(e.id()).isEqualTo(s.cacheable());
            assertThat(info.requiredResponseHeaders()).as(e.id())
                    .allMatch(h -> !h.request() && (h.requirement() == Requirement.MUST
                            || h.requirement() == Requirement.SHOULD))
                    .containsAll(s.headers().stream().filter(h -> !h.request() && h.requirement().isRequired())
                            .toList());
        }
        // RFC 9111 §4.2.2 lists 404 as heuristically cacheable and 500 as not; RFC 9110 §15.5.2 requires a
        // WWW-Authenticate field on 401.
        assertThat(REGISTRY.describe(404).isCacheableByDefault()).isTrue();
        assertThat(REGISTRY.describe(500).isCacheableByDefault()).isFalse();
        assertThat(REGISTRY.describe(401).requiredResponseHeaders()).extracting(HeaderRule::name)
                .contains("WWW-Authenticate");
    }

    @Test
    void serviceUnavailableWithRetryAfterSecondsWaitsThatLong() {
        RetryAdvice advice = REGISTRY.describe(503).retryAdvice("POST", "120", NOW);
        assertThat(advice.decision()).isEqualTo(Decision.RETRY);
        assertThat(advice.delay()).contains(Duration.ofSeconds(120));
        assertThat(advice.reason()).isEqualTo(Reason.RETRY_AFTER);
    }

    @Test
    void tooManyRequestsWithAnHttpDateWaitsUntilThen() {
        RetryAdvice advice = REGISTRY.describe(429).retryAdvice("GET", "Wed, 02 Dec 2026 10:05:00 GMT", NOW);
        assertThat(advice.shouldRetry()).isTrue();
        assertThat(advice.delay()).contains(Duration.ofMinutes(5));
    }

    @Test
    void aDateInThePastMeansNoWaitAndMalformedValuesAreIgnored() {
        assertThat(RetryAdvice.parseRetryAfter("Wed, 02 Dec 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAdvice.parseRetryAfter("soon", NOW)).isEmpty();
        assertThat(RetryAdvice.parseRetryAfter("-5", NOW)).isEmpty();
        assertThat(RetryAdvice.parseRetryAfter("1.5", NOW)).isEmpty();
        assertThat(RetryAdvice.parseRetryAfter("99999999999999999999999", NOW)).isEmpty();
        assertThat(RetryAdvice.parseRetryAfter("", NOW)).isEmpty();
        assertThat(RetryAdvice.parseRetryAfter(null, NOW)).isEmpty();
        RetryAdvice advice = REGISTRY.describe(503).retryAdvice("GET", "soon", NOW);
        assertThat(advice.decision()).isEqualTo(Decision.RETRY);
        assertThat(advice.delay()).isEmpty();
        assertThat(advice.reason()).isEqualTo(Reason.CODE_SEMANTICS);
    }

    @Test
    void gatewayErrorsAreRetriedOnlyForIdempotentMethods() {
        for (int code : new int[] {502, 504}) {
            assertThat(REGISTRY.describe(code).semantics().orElseThrow().idempotentOnly()).as("%d", code).isTrue();
            assertThat(REGISTRY.describe(code).retryAdvice("GET").decision()).isEqualTo(Decision.RETRY);
            assertThat(REGISTRY.describe(code).retryAdvice("PUT").decision()).isEqualTo(Decision.RETRY);
            RetryAdvice post = REGISTRY.describe(code).retryAdvice("POST");
            assertThat(post.decision()).isEqualTo(Decision.DO_NOT_RETRY);
            assertThat(post.reason()).isEqualTo(Reason.METHOD_NOT_IDEMPOTENT);
        }
        // Method names are case-sensitive (RFC 9110 §9.1): "get" is not GET.
        assertThat(RetryAdvice.isIdempotent("get")).isFalse();
        assertThat(RetryAdvice.isIdempotent(null)).isFalse();
    }

    @Test
    void overloadedVendorCodeAdvisesADelay() {
        RetryAdvice advice = REGISTRY.describe(529).retryAdvice("POST");
        assertThat(advice.decision()).isEqualTo(Decision.RETRY);
    }

    @Test
    void clientErrorsAskForAChangeAndSuccessesNeedNoRetry() {
        assertThat(REGISTRY.describe(400).retryAdvice("GET").decision()).isEqualTo(Decision.CHANGE_REQUEST);
        assertThat(REGISTRY.describe(200).retryAdvice("GET").decision()).isEqualTo(Decision.NOT_APPLICABLE);
    }

    @Test
    void unknownCodesAreAdvisedByTheirClass() {
        RetryAdvice serverError = REGISTRY.describe(597).retryAdvice("GET");
        assertThat(serverError.decision()).isEqualTo(Decision.RETRY);
        assertThat(serverError.reason()).isEqualTo(Reason.STATUS_CLASS);
        assertThat(REGISTRY.describe(597).retryAdvice("POST").decision()).isEqualTo(Decision.DO_NOT_RETRY);
        assertThat(REGISTRY.describe(477).retryAdvice("GET").decision()).isEqualTo(Decision.CHANGE_REQUEST);
        assertThat(REGISTRY.describe(299).retryAdvice("GET").decision()).isEqualTo(Decision.NOT_APPLICABLE);
        // RFC 9110 §15: a client treats an invalid code (600–999) as a server error.
        assertThat(REGISTRY.describe(677).retryAdvice("GET").decision()).isEqualTo(Decision.RETRY);
    }

    @Test
    void typedValuesRoundTripTheirIds() {
        for (Requirement r : Requirement.values()) {
            assertThat(Requirement.fromId(r.id())).contains(r);
        }
        for (RetryPolicy p : RetryPolicy.values()) {
            assertThat(RetryPolicy.fromId(p.id())).contains(p);
        }
        for (RedirectMethod m : RedirectMethod.values()) {
            assertThat(RedirectMethod.fromId(m.id())).contains(m);
        }
        assertThat(Requirement.fromId("must not")).contains(Requirement.MUST_NOT);
        assertThat(RetryPolicy.fromId("later")).isEmpty();
    }
}

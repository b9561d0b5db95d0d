package dev.httpcodes.logs.formats.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.ProducerEvidence;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LogRecord;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parsers' producer verdicts are the knowledge base's lists, value for value, and nothing else. */
class ProducerValuesTest {
    private static final Registry REGISTRY = Registry.standard();

    private static byte verdict(ProducerValues values, String value) {
        byte[] b = ("x" + value + "y").getBytes(StandardCharsets.US_ASCII);
        return values.producer(b, 1, b.length - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cloudfront", "google-lb", "frontdoor"})
    void everyFormatWithEvidenceIsALogFormatAndEveryValueGetsItsVerdict(String format) {
        ProducerEvidence evidence = REGISTRY.producerEvidence(format).orElseThrow();
        assertThat(Formats.byId(format)).as(format).isPresent();
        assertThat(evidence.upstream()).isNotEmpty();
        ProducerValues values = ProducerValues.of(format);
        for (String v : evidence.upstream()) {
            assertThat(verdict(values, v)).as(v).isEqualTo(LogRecord.PRODUCER_UPSTREAM);
        }
        for (String v : evidence.proxy()) {
            assertThat(verdict(values, v)).as(v).isEqualTo(LogRecord.PRODUCER_PROXY);
        }
        for (String p : evidence.proxyPrefixes()) {
            assertThat(verdict(values, p + "SomethingNew")).as(p).isEqualTo(LogRecord.PRODUCER_PROXY);
            assertThat(verdict(values, p)).as("a bare prefix is not a value").isNotEqualTo(LogRecord.PRODUCER_PROXY);
        }
        for (String h : evidence.cacheHits()) {
            byte[] b = h.getBytes(StandardCharsets.US_ASCII);
            assertThat(values.isCacheHit(b, 0, b.length)).as(h).isTrue();
        }
    }

    @Test
    void valuesTheKnowledgeBaseDoesNotListLeaveTheProducerUnknown() {
        assertThat(verdict(ProducerValues.of("google-lb"), "response_sent_by_somebody_else"))
                .isEqualTo(LogRecord.PRODUCER_UNKNOWN);
        assertThat(verdict(ProducerValues.of("cloudfront"), "hit")).as("case matters").isEqualTo(
                LogRecord.PRODUCER_UNKNOWN);
        assertThat(verdict(ProducerValues.of("frontdoor"), "OriginTimeout")).isEqualTo(LogRecord.PRODUCER_UNKNOWN);
        assertThat(REGISTRY.producerEvidence("combined")).isEmpty();
    }
}

package dev.httpcodes.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.check.input.CurlTranscriptReader;
import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.HopReport;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.rules.Producer;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Producer attribution on stored samples (test resources, written for these tests in the shape each vendor's
 * documentation and default pages have), read as curl -i transcripts.
 */
class FingerprintsTest {
    static HopReport sample(String name) throws Exception {
        try (InputStream in = FingerprintsTest.class.getResourceAsStream("/samples/" + name + ".http")) {
            byte[] bytes = in.readAllBytes();
            CheckReport r = Checks.CHECKER.report("raw", name, CurlTranscriptReader.read(name, bytes), Lang.EN);
            assertThat(r.hops()).as(name).hasSize(1);
            return r.hops().get(0);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "cloudflare-522               | cloudflare      | generated | code=522",
        "cloudflare-1020              | cloudflare      | generated | code=1020",
        "cloudflare-origin-nginx-404  | nginx           | generated | version=1.24.0",
        "alb-502                      | aws-alb         | generated | version=2.0",
        "cloudfront-403               | cloudfront      | generated | -",
        "api-gateway-403              | aws-api-gateway | generated | code=ForbiddenException",
        "iis-403.14                   | iis             | generated | substatus=403.14",
        "iis-500.19                   | iis             | generated | substatus=500.19",
        "iis-custom-404               | iis             | generated | code=404",
        "http-sys-400                 | http-sys        | generated | version=2.0",
        "envoy-503                    | envoy           | generated | -",
        "envoy-express-404            | express         | generated | -",
        "akamai-403                   | akamai          | generated | code=18.2d6e3c17.1764658800.1a2b3c4d",
        "fastly-503                   | fastly          | generated | code=cache-fra-etou8220024-FRA",
        "varnish-503                  | varnish         | generated | code=32772",
        "google-502                   | google          | generated | -",
        "google-gfe-404               | google          | generated | code=404",
        "gcp-lb-nginx-200             | nginx           | likely    | version=1.25.3",
        "spring-boot-404              | spring-boot     | generated | -",
        "spring-whitelabel-500        | spring-boot     | generated | -",
        "tomcat-404                   | tomcat          | generated | version=10.1.16"})
    void attributes(String file, String producer, String certainty, String capture) throws Exception {
        HopReport h = sample(file);
        assertThat(h.producedBy().id()).as(file).hasValue(producer);
        assertThat(h.producedBy().certainty()).as(file).isEqualTo(certainty);
        assertThat(h.producedBy().evidence()).as(file).isNotEmpty()
                .allSatisfy(e -> assertThat(e.matched()).isNotBlank());
        assertThat(h.producedBy().evidence().get(0).producer()).isEqualTo(producer);
        if (capture != null) {
            String[] kv = capture.split("=", 2);
            Optional<String> got = switch (kv[0]) {
                case "version" -> h.producedBy().version();
                case "substatus" -> h.producedBy().subStatus();
                default -> h.producedBy().code();
            };
            assertThat(got).as(file).hasValue(kv[1]);
        }
    }

    @Test
    void layersInFrontAreListedAsVia() throws Exception {
        assertThat(sample("cloudflare-origin-nginx-404").producedBy().via()).containsExactly("Cloudflare");
        assertThat(sample("envoy-express-404").producedBy().via()).containsExactly("Envoy");
        assertThat(sample("gcp-lb-nginx-200").producedBy().via()).containsExactly("Google Front End");
    }

    @Test
    void iisSubStatusExplainsTheHopWithItsOwnEntry() throws Exception {
        for (String id : List.of("403.14", "500.19")) {
            Optional<Entry> entry = Checks.REGISTRY.findById(id);
            assertThat(entry).as(id).isPresent();
            assertThat(sample("iis-" + id).meaning()).hasValue(entry.get());
        }
    }

    @Test
    void nothingMatchesAPlainResponse() throws Exception {
        HopReport h = sample("unknown-404");
        assertThat(h.producedBy().name()).isEmpty();
        assertThat(h.producedBy().certainty()).isEqualTo("unknown");
    }

    @Test
    void everyProducerOfTheDataHasASample() throws Exception {
        Set<String> attributed = new HashSet<>();
        for (String f : List.of("cloudflare-522", "alb-502", "cloudfront-403", "api-gateway-403", "iis-403.14",
                "http-sys-400", "envoy-503", "akamai-403", "fastly-503", "varnish-503", "google-502",
                "spring-boot-404", "tomcat-404", "envoy-express-404", "gcp-lb-nginx-200")) {
            sample(f).producedBy().id().ifPresent(attributed::add);
        }
        attributed.add("apache"); // from the live Apache tests
        for (Producer p : Checks.KNOWLEDGE.producers()) {
            assertThat(attributed).as("a sample attributed to " + p.id()).contains(p.id());
        }
    }
}

package dev.httpcodes.logs.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.samples.AlbSampleLog;
import dev.httpcodes.logs.samples.NginxUpstreamSampleLog;
import dev.httpcodes.logs.samples.SampleLog;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnosis differs by producer: 502/504 made by the load balancer point at the targets' reachability, those
 * passed on point at the application; 460 at clients giving up; nginx 499 with how long clients waited. The expected
 * texts are the knowledge base's own.
 */
class ProducerPatternsTest {
    private static final Registry REGISTRY = Registry.standard();

    @TempDir
    Path dir;

    private LogReport report(SampleLog sample, Lang lang) throws Exception {
        Path file = dir.resolve(sample.formatId() + ".log");
        try (OutputStream out = Files.newOutputStream(file)) {
            sample.write(out, 5_000, 3);
        }
        LogAnalyzer analyzer = new LogAnalyzer(new AnalyzerOptions(java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), 2));
        return LogReport.of(analyzer.analyze(List.of(LogAnalyzer.open(file.toString(),
                new ByteArrayInputStream(new byte[0]))), n -> { }), REGISTRY, lang);
    }

    @Test
    void albLogsTellTheLoadBalancersErrorsFromTheApplications() throws Exception {
        for (Lang lang : Lang.values()) {
            LogReport r = report(AlbSampleLog.alb(), lang);
            long proxy = r.producedBy.get("502").proxy() + r.producedBy.get("504").proxy();
            long upstream = r.producedBy.get("502").upstream()
                    + (r.producedBy.containsKey("504") ? r.producedBy.get("504").upstream() : 0);
            assertThat(r.patterns).as(lang.name()).contains(
                    dev.httpcodes.ui.UiText.fill(REGISTRY.pattern("proxy-gateway-errors").name().in(lang), proxy,
                            "502/504"),
                    dev.httpcodes.ui.UiText.fill(REGISTRY.pattern("upstream-gateway-errors").name().in(lang),
                            upstream, "502/504"),
                    REGISTRY.pattern("clients-gave-up").name().in(lang));
        }
    }

    @Test
    void theLoadBalancersReasonsAreCountedPerStatus() throws Exception {
        LogReport r = report(AlbSampleLog.alb(), Lang.EN);
        LogReport.ErrorReport bad = r.errors.stream().filter(e -> e.code().code().equals("502")).findFirst()
                .orElseThrow();
        // Every 502 the generator's load balancer made itself carries one of two reasons; the targets' none.
        assertThat(bad.reasons()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("TargetConnectionError", "TargetTLSNegotiationError");
        assertThat(bad.reasons().stream().mapToLong(java.util.Map.Entry::getValue).sum())
                .isEqualTo(r.producedBy.get("502").proxy());
        LogReport.ErrorReport notFound = r.errors.stream().filter(e -> e.code().code().equals("404")).findFirst()
                .orElseThrow();
        assertThat(notFound.reasons()).isEmpty();
    }

    @Test
    void nginx499SaysHowLongClientsWaited() throws Exception {
        LogReport r = report(new NginxUpstreamSampleLog(), Lang.EN);
        long p50 = r.latencyByStatus.get("499").p50() / 1000;
        assertThat(r.patterns).contains(dev.httpcodes.ui.UiText.fill(
                REGISTRY.pattern("client-closed-waiting").name().in(Lang.EN), p50));
        assertThat(r.patterns).as("no 460 in an nginx log").doesNotContain(
                REGISTRY.pattern("clients-gave-up").name().in(Lang.EN));
        assertThat(r.patterns).as("nginx's own 502s are few, and it passed the upstream's on").noneMatch(
                p -> p.equals(dev.httpcodes.ui.UiText.fill(REGISTRY.pattern("proxy-gateway-errors").name()
                        .in(Lang.EN), 0, "502/504")));
    }
}

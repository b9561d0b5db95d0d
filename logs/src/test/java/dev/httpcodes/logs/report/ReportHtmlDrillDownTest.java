package dev.httpcodes.logs.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.AnalyzerOptions;
import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.samples.AlbSampleLog;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of a load balancer log: stacked per-class timeline, producer table, clickable per-status sections. */
class ReportHtmlDrillDownTest {
    @TempDir
    Path dir;

    @Test
    void everyCodeLinksToItsSectionAndTheTimelineStacksEachClass() throws Exception {
        Path file = dir.resolve("alb.log");
        try (OutputStream out = Files.newOutputStream(file)) {
            AlbSampleLog.alb().write(out, 3_000, 5);
        }
        LogReport r = LogReport.of(new LogAnalyzer(new AnalyzerOptions(Optional.empty(), Optional.empty(),
                Optional.empty(), 1)).analyze(List.of(LogAnalyzer.open(file.toString(),
                new ByteArrayInputStream(new byte[0]))), n -> { }), Registry.standard(), Lang.EN);
        Document d = Jsoup.parse(ReportHtml.render(r));
        List<String> linked = d.select("a[href^=#s-]").eachAttr("href");
        assertThat(linked).as("every error code links").hasSize(r.errors.size());
        for (String href : linked) {
            Element section = d.getElementById(href.substring(1));
            assertThat(section).as(href).isNotNull();
            assertThat(section.tagName()).isEqualTo("section");
            assertThat(section.selectFirst("h3").text()).startsWith(href.substring(3) + " ");
        }
        Element timeline = d.select("svg").get(1);
        for (String c : List.of("c2xx", "c3xx", "c4xx", "c5xx")) {
            assertThat(timeline.select("rect." + c)).as(c).isNotEmpty();
        }
        long fives = timeline.select("rect.c5xx > title").stream()
                .mapToLong(t -> Long.parseLong(t.text().substring(t.text().lastIndexOf(' ') + 1))).sum();
        assertThat(fives).isEqualTo(r.byClass.get("5xx"));
        assertThat(d.select("h2").eachText()).contains("Who produced it");
        assertThat(d.select("script")).isEmpty();
    }
}

package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Troubleshooting;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entry pages as a reader meets them: Chinese pages lead with the Chinese name and use Chinese punctuation; the
 * sections come in the order of need (meaning, what to do, misconceptions, semantics, history, references); the
 * table of contents of stacks leads to its sections; the semantics are a table.
 */
class EntryReadingTest {
    private static final Registry REGISTRY = Registry.standard();
    /** A CJK character followed by an ASCII colon: a label written with English punctuation on a Chinese page. */
    private static final Pattern ASCII_COLON_AFTER_CJK = Pattern.compile("[\\p{IsHan}\\u3002\\uff09]\\s?:");
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    private static Document page(String path, int status) {
        HttpResponse<String> r = SERVER.client().get(path, "Accept", "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        return Jsoup.parse(r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"404", "502", "403.14", "499.esri", "418"})
    void chinesePagesLeadWithTheChineseName(String id) {
        Entry e = REGISTRY.getById(id);
        Document zh = page("/zh/codes/" + id, 200);
        String chinese = id + " " + e.title().zh();
        assertThat(zh.title()).startsWith(chinese).endsWith("httpcodes");
        assertThat(zh.selectFirst("main h1").text()).startsWith(chinese);
        if (!e.title().zh().equals(e.phrase())) {
            // The English name is still there, secondary and marked as English for screen readers.
            assertThat(zh.selectFirst("main h1 [lang=en]").text()).isEqualTo(e.phrase());
        }
        Document en = page("/en/codes/" + id, 200);
        assertThat(en.title()).startsWith(id + " " + e.phrase());
        assertThat(en.selectFirst("main h1").text()).isEqualTo(id + " " + e.phrase());
        assertThat(en.selectFirst("main p.title-zh[lang=zh-CN]").text()).isEqualTo(e.title().zh());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/zh", "/zh/codes/502", "/zh/codes/404", "/zh/codes/429", "/zh/codes/403.14",
        "/zh/which", "/zh/compare/401/403", "/zh/codes/299"})
    void chineseLabelsUseFullWidthPunctuation(String path) {
        Document d = page(path, path.endsWith("299") ? 404 : 200);
        List<String> offending = new ArrayList<>();
        for (Element el : d.select("main strong, main th, main p, main li, main h1, main h2, main h3, main dt")) {
            if (ASCII_COLON_AFTER_CJK.matcher(el.ownText()).find()) {
                offending.add(el.outerHtml());
            }
        }
        assertThat(offending).as(path).isEmpty();
        if (path.equals("/zh/codes/502")) {
            assertThat(d.select("div.cause strong").first().text()).endsWith("：");
        }
    }

    @Test
    void theFontStackCoversChineseOnEveryPlatform() {
        String css = SERVER.client().get("/assets/app.css").body();
        String body = css.substring(css.indexOf("body {"), css.indexOf('}', css.indexOf("body {")));
        assertThat(body).contains("\"Noto Sans CJK SC\"", "\"Source Han Sans SC\"", "\"WenQuanYi Micro Hei\"",
                "\"Droid Sans Fallback\"", "\"PingFang SC\"", "\"Microsoft YaHei\"");
        assertThat(body.indexOf("\"PingFang SC\"")).as("CJK faces before the generic family")
                .isLessThan(body.indexOf("sans-serif;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void sectionsComeInTheOrderOfNeed(String lang) {
        Entry e = REGISTRY.getById("502");
        assertThat(e.troubleshooting()).isNotEmpty();
        List<String> expected = new ArrayList<>(List.of("meaning", "troubleshooting"));
        if (!e.misconceptions().isEmpty()) {
            expected.add("misconceptions");
        }
        if (e.semantics().isPresent()) {
            expected.add("semantics");
        }
        if (e.history().isPresent()) {
            expected.add("history");
        }
        expected.add("references");
        Document d = page("/" + lang + "/codes/502", 200);
        List<String> order = d.select("article.entry > section[id]").eachAttr("id").stream()
                .filter(expected::contains).toList();
        assertThat(order).isEqualTo(expected);
        // The meaning is the first section, and troubleshooting comes before anything else after it.
        List<String> all = d.select("article.entry > section[id]").eachAttr("id");
        assertThat(all.subList(0, 2)).containsExactly("meaning", "troubleshooting");
        assertThat(d.selectFirst("#meaning").text()).contains(Jsoup.parse(e.summary().in(
                lang.equals("zh") ? dev.httpcodes.core.Lang.ZH : dev.httpcodes.core.Lang.EN)).text()
                .replace("`", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theTableOfContentsLeadsToEachStack(String lang) {
        Set<String> stacks = new LinkedHashSet<>();
        for (Troubleshooting t : REGISTRY.getById("502").troubleshooting()) {
            stacks.add(t.stack());
        }
        assertThat(stacks).hasSizeGreaterThan(1);
        Document d = page("/" + lang + "/codes/502", 200);
        List<String> targets = d.select("#troubleshooting nav.toc a[href]").eachAttr("href");
        assertThat(targets).containsExactlyElementsOf(stacks.stream().map(s -> "#stack-" + s).toList());
        for (String href : targets) {
            Element target = d.getElementById(href.substring(1));
            assertThat(target).as(href).isNotNull();
            assertThat(target.closest("#troubleshooting")).as(href + " is a troubleshooting heading").isNotNull();
        }
        assertThat(d.selectFirst("nav.toc").attr("aria-label")).isNotBlank();
    }

    @Test
    void oneStackNeedsNoTableOfContents() {
        Entry single = REGISTRY.entries().stream()
                .filter(e -> e.troubleshooting().stream().map(Troubleshooting::stack).distinct().count() == 1)
                .findFirst().orElseThrow();
        Document d = page("/en/codes/" + single.id(), 200);
        assertThat(d.select("#troubleshooting h3")).hasSize(1);
        assertThat(d.select("nav.toc")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void semanticsAreACompactTableAndTheCommandIsCopyable(String lang) {
        Entry e = REGISTRY.getById("503");
        Document d = page("/" + lang + "/codes/503", 200);
        Element table = d.selectFirst("#semantics table.semantics");
        assertThat(table).isNotNull();
        assertThat(table.select("tr > th[scope=row]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(table.select("code").eachText()).containsAll(
                e.semantics().orElseThrow().headers().stream().map(h -> h.name()).toList());
        assertThat(d.select("#semantics dl")).isEmpty();
        Element pre = d.selectFirst("#try-it pre.copyable");
        assertThat(pre.attr("data-copy")).isNotBlank();
        assertThat(pre.attr("data-copy-label")).contains(pre.attr("data-copy"));
        assertThat(pre.attr("data-copied")).isNotBlank();
    }
}

package dev.httpcodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.problem.ProblemDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The adapter inside a real Spring Boot application, through Boot's Web MVC test slice. */
@WebMvcTest(SampleApplication.OriginController.class)
class WebMvcSliceTest {
    @Autowired
    MockMvcTester mvc;

    @Test
    void aControllerCanAnswerAVendorCode() {
        MvcTestResult result = mvc.get().uri("/origin-down").exchange();
        assertThat(result).hasStatus(522);
        assertThat(result).bodyText().isEqualTo("origin unreachable");
    }

    @Test
    void problemDetailsFromAnEntryInTheRequestsLanguage() {
        Entry nginx499 = Registry.standard().get(499).get(0);
        ProblemDetails expectedZh = ProblemDetails.of(nginx499, Lang.ZH);

        MvcTestResult zh = mvc.get().uri("/cancelled").header("Accept-Language", "zh-CN").exchange();
        assertThat(zh).hasStatus(499);
        assertThat(zh).hasContentType("application/problem+json");
        assertThat(zh).bodyJson().extractingPath("$.title").isEqualTo(expectedZh.title());
        assertThat(zh).bodyJson().extractingPath("$.detail").isEqualTo(expectedZh.detail());
        assertThat(zh).bodyJson().extractingPath("$.code").isEqualTo("499");
        assertThat(zh).bodyJson().extractingPath("$.instance").isEqualTo("/cancelled");

        MvcTestResult en = mvc.get().uri("/cancelled").header("Accept-Language", "en").exchange();
        assertThat(en).bodyJson().extractingPath("$.title").isEqualTo(ProblemDetails.of(nginx499, Lang.EN).title());
    }
}

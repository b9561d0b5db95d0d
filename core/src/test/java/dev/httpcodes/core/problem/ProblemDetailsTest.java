package dev.httpcodes.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemDetailsTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void registeredCodeUsesAboutBlankAndThePhrase() {
        Entry e = REGISTRY.getById("404");
        JsonNode doc = JSON.readTree(ProblemDetails.of(e, Lang.EN).withInstance("/orders/7").toJson());
        assertThat(doc.path("type").asString()).isEqualTo("about:blank");
        assertThat(doc.path("title").asString()).isEqualTo(e.phrase());
        assertThat(doc.path("status").asInt()).isEqualTo(404);
        assertThat(doc.path("detail").asString()).isEqualTo(e.summary().en());
        assertThat(doc.path("instance").asString()).isEqualTo("/orders/7");
        assertThat(doc.path("code").asString()).isEqualTo("404");
        assertThat(doc.has("substatus")).isFalse();
    }

    @Test
    void chineseDocumentUsesChineseTitleAndSummary() {
        Entry e = REGISTRY.getById("503");
        JsonNode doc = JSON.readTree(ProblemDetails.of(e, Lang.ZH).toJson());
        assertThat(doc.path("title").asString()).isEqualTo(e.title().zh());
        assertThat(doc.path("detail").asString()).isEqualTo(e.summary().zh());
        assertThat(doc.has("instance")).isFalse();
    }

    @Test
    void vendorSubStatusPointsAtItsDocumentation() {
        Entry e = REGISTRY.getById("403.14");
        ProblemDetails p = ProblemDetails.of(e, Lang.EN);
        JsonNode doc = JSON.readTree(p.toJson());
        assertThat(doc.path("type").asString()).isEqualTo(e.references().get(0).url());
        assertThat(doc.path("status").asInt()).isEqualTo(403);
        assertThat(doc.path("substatus").asString()).isEqualTo("14");
        assertThat(p.extensions()).containsEntry("code", "403.14");
    }

    @Test
    void everythingIsEscaped() {
        String nasty = "\"quoted\" \\ back <script>alert(1)</script> & \n\t\u0001 \u2028";
        ProblemDetails p = ProblemDetails.of(REGISTRY.getById("400"), Lang.EN).withDetail(nasty).withInstance(nasty);
        String json = p.toJson();
        assertThat(json).doesNotContain("<script>").doesNotContain("\n");
        JsonNode doc = JSON.readTree(json);
        assertThat(doc.path("detail").asString()).isEqualTo(nasty);
        assertThat(doc.path("instance").asString()).isEqualTo(nasty);
        assertThat(ProblemDetails.MEDIA_TYPE).isEqualTo("application/problem+json");
    }
}

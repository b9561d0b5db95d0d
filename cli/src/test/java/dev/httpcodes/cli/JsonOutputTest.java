package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.httpcodes.core.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command's --json output is an array of entry objects valid against docs/entry.schema.json. */
class JsonOutputTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema entrySchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        Path docs = Path.of(System.getProperty("docs.dir", "../docs"));
        entrySchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(docs.resolve("entry.schema.json")), InputFormat.JSON);
    }

    private static JsonNode validArray(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode array = JSON.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        for (JsonNode entry : array) {
            List<Error> errors = entrySchema.validate(entry);
            assertThat(errors).as("schema errors in %s", entry.path("id")).isEmpty();
        }
        return array;
    }

    @Test
    void showJson() {
        JsonNode array = validArray(Run.of("--json", "499"));
        assertThat(array.size()).isEqualTo(Registry.standard().find(499).size());
        assertThat(array.get(0).path("id").asString()).isEqualTo("499");
        assertThat(array.get(0).path("class").asString()).isEqualTo("4xx");
        assertThat(array.get(0).path("subcode").isNull()).isTrue();
        JsonNode sub = validArray(Run.of("show", "403.14", "--json")).get(0);
        assertThat(sub.path("subcode").asInt()).isEqualTo(14);
        assertThat(sub.path("vendor").asString()).isEqualTo("iis");
    }

    @Test
    void listJsonCoversTheWholeRegistryInBothLanguages() {
        assertThat(validArray(Run.of("list", "--json")).size()).isEqualTo(Registry.standard().entries().size());
        JsonNode zh = validArray(Run.of("list", "--json", "--lang", "zh"));
        assertThat(zh.get(0).path("title").asString())
                .isEqualTo(Registry.standard().entries().get(0).title().zh());
    }

    @Test
    void searchAndExplainJson() {
        assertThat(validArray(Run.of("search", "--json", "rate", "limit")).size()).isPositive();
        JsonNode explained = validArray(Run.of("explain", "502", "--stack", "nginx", "--json"));
        assertThat(explained.get(0).path("troubleshooting")).allSatisfy(t ->
                assertThat(t.path("stack").asString()).isEqualTo("nginx"));
    }

    @Test
    void jsonFailuresStillReportOnStderrWithExitCode() {
        Run run = Run.of("--json", "4044");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(JSON.readTree(run.out()).size()).isZero();
        assertThat(run.err()).contains("4044");
    }
}

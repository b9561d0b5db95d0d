package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** /api/openapi.json describes what the server does: its paths, and the shapes of real responses. */
class OpenApiTest {
    private static HttpcodesServer server;
    private static Client client;
    private static JsonNode doc;

    @BeforeAll
    static void start() {
        server = HttpcodesServer.start(ServerConfig.ephemeral());
        client = new Client(server.port());
        HttpResponse<String> r = client.get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        doc = Client.json(r);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Schema schema(JsonNode node) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Client.JSON.writeValueAsString(node), InputFormat.JSON);
    }

    private static JsonNode responseSchema(String path, String status, String mediaType) {
        JsonNode s = doc.path("paths").path(path).path("get").path("responses").path(status).path("content")
                .path(mediaType).path("schema");
        assertThat(s.isMissingNode()).as("%s %s %s documented", path, status, mediaType).isFalse();
        return resolve(s);
    }

    /** Inlines the document's own component references (one level is all this document uses). */
    private static JsonNode resolve(JsonNode s) {
        if (s.has("$ref")) {
            String name = s.path("$ref").asString().substring("#/components/schemas/".length());
            return doc.path("components").path("schemas").path(name);
        }
        if (s.has("items")) {
            ObjectNode copy = (ObjectNode) s.deepCopy();
            copy.set("items", resolve(s.path("items")));
            return copy;
        }
        return s;
    }

    @Test
    void isOpenApi31() {
        assertThat(doc.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(doc.path("info").path("title").asString()).isNotEmpty();
    }

    @Test
    void documentsExactlyTheServedPaths() {
        List<String> documented = new ArrayList<>();
        doc.path("paths").propertyNames().forEach(documented::add);
        assertThat(documented).containsExactlyInAnyOrder("/api/v1/codes", "/api/v1/codes/{id}", "/api/v1/search",
                "/api/v1/which", "/api/v1/compare/{a}/{b}",
                "/api/openapi.json", "/healthz", "/metrics");
        for (String path : documented) {
            String concrete = path.replace("{id}", "404").replace("{a}", "401").replace("{b}", "403")
                    + (path.equals("/api/v1/search") ? "?q=timeout" : "");
            assertThat(client.get(concrete).statusCode()).as(concrete).isEqualTo(200);
        }
    }

    @Test
    void entrySchemaIsTheOneInDocs() throws IOException {
        Path docs = Path.of(System.getProperty("docs.dir", "../docs"));
        ObjectNode fromDocs = (ObjectNode) Client.JSON.readTree(Files.readString(docs.resolve("entry.schema.json")));
        fromDocs.remove("$schema");
        fromDocs.remove("$id");
        assertThat(doc.path("components").path("schemas").path("Entry")).isEqualTo(fromDocs);
    }

    @Test
    void documentedStandingsAreTheRegistrys() {
        List<String> standings = dev.httpcodes.core.Registry.standard().standings().stream()
                .map(dev.httpcodes.core.Label::id).toList();
        List<String> parameter = new ArrayList<>();
        for (JsonNode p : doc.path("paths").path("/api/v1/codes").path("get").path("parameters")) {
            if (p.path("name").asString().equals("standing")) {
                p.path("schema").path("enum").forEach(v -> parameter.add(v.asString()));
            }
        }
        List<String> entry = new ArrayList<>();
        doc.path("components").path("schemas").path("Entry").path("properties").path("standing").path("enum")
                .forEach(v -> entry.add(v.asString()));
        assertThat(parameter).containsExactlyElementsOf(standings);
        assertThat(entry).containsExactlyElementsOf(standings);
    }

    @Test
    void realResponsesMatchTheirDocumentedSchemas() {
        assertThat(schema(responseSchema("/api/v1/codes", "200", "application/json"))
                .validate(Client.json(client.get("/api/v1/codes?class=5xx")))).isEmpty();
        assertThat(schema(responseSchema("/api/v1/codes/{id}", "200", "application/json"))
                .validate(Client.json(client.get("/api/v1/codes/403.14?lang=zh")))).isEmpty();
        assertThat(schema(responseSchema("/api/v1/search", "200", "application/json"))
                .validate(Client.json(client.get("/api/v1/search?q=gateway")))).isEmpty();
        Schema problem = schema(responseSchema("/api/v1/codes/{id}", "404", "application/problem+json"));
        assertThat(problem.validate(Client.json(client.get("/api/v1/codes/4044")))).isEmpty();
        assertThat(problem.validate(Client.json(client.get("/api/v1/codes/x!")))).isEmpty();
        assertThat(schema(responseSchema("/healthz", "200", "application/json"))
                .validate(Client.json(client.get("/healthz")))).isEmpty();
    }

    @Test
    void documentedLimitsAreTheEnforcedOnes() {
        JsonNode limit = doc.path("paths").path("/api/v1/search").path("get").path("parameters").get(1)
                .path("schema");
        assertThat(limit.path("maximum").asInt()).isEqualTo(Limits.MAX_RESULTS);
        JsonNode q = doc.path("paths").path("/api/v1/search").path("get").path("parameters").get(0).path("schema");
        assertThat(q.path("maxLength").asInt()).isEqualTo(Limits.MAX_QUERY);
    }
}

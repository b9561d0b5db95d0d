package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Standing;
import dev.httpcodes.core.StatusClass;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The JSON API against a real server on a free port. */
class ApiContractTest {
    private static final Registry REGISTRY = Registry.standard();
    private static HttpcodesServer server;
    private static Client client;
    private static Schema entrySchema;

    @BeforeAll
    static void start() throws IOException {
        server = HttpcodesServer.start(ServerConfig.ephemeral());
        client = new Client(server.port());
        Path docs = Path.of(System.getProperty("docs.dir", "../docs"));
        entrySchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(docs.resolve("entry.schema.json")), InputFormat.JSON);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String detailPart) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode p = Client.json(r);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asString()).isEqualTo(REGISTRY.getById(Integer.toString(status)).phrase());
        assertThat(p.path("detail").asString()).contains(detailPart);
    }

    @Test
    void listsEveryEntryValidAgainstTheSchemaInBothLanguages() {
        for (String lang : new String[] {"en", "zh"}) {
            HttpResponse<String> r = client.get("/api/v1/codes?lang=" + lang);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            JsonNode array = Client.json(r);
            assertThat(array.size()).isEqualTo(REGISTRY.entries().size());
            for (JsonNode entry : array) {
                assertThat(entrySchema.validate(entry)).as("schema errors of %s", entry.path("id")).isEmpty();
            }
            Entry first = REGISTRY.entries().get(0);
            assertThat(array.get(0).path("title").asString())
                    .isEqualTo(lang.equals("zh") ? first.title().zh() : first.title().en());
        }
    }

    @Test
    void filters() {
        JsonNode nginx = Client.json(client.get("/api/v1/codes?class=4xx&standing=vendor&vendor=nginx"));
        List<Entry> expected = REGISTRY.list(EntryFilter.all().inClass(StatusClass.CLIENT_ERROR)
                .withStanding(Standing.VENDOR).byVendor("nginx"));
        assertThat(nginx.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(nginx.get(i).path("id").asString()).isEqualTo(expected.get(i).id());
        }
        JsonNode meanings = Client.json(client.get("/api/v1/codes?code=499"));
        assertThat(meanings.size()).isEqualTo(REGISTRY.find(499).size());
        assertThat(meanings.get(0).path("id").asString()).isEqualTo("499");
    }

    @ParameterizedTest
    @CsvSource({"class=6xx,unknown class", "standing=offical,unknown standing", "vendor=ngnix,unknown vendor",
        "code=40,is not a status code"})
    void badFiltersAre400WithWhatIsAllowed(String query, String detail) {
        assertProblem(client.get("/api/v1/codes?" + query), 400, detail);
    }

    @Test
    void nearestValidNameIsSuggested() {
        JsonNode p = Client.json(client.get("/api/v1/codes?vendor=ngnix"));
        assertThat(p.path("suggestions").get(0).asString()).isEqualTo("nginx");
    }

    @ParameterizedTest
    @CsvSource({"404,404", "403.14,403.14", "500-11,500.11", "499.esri,499.esri", "000,000"})
    void oneEntryById(String path, String id) {
        HttpResponse<String> r = client.get("/api/v1/codes/" + path);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode entry = Client.json(r);
        assertThat(entry.path("id").asString()).isEqualTo(id);
        assertThat(entrySchema.validate(entry)).isEmpty();
    }

    @Test
    void unknownCodeIs404ProblemWithSuggestions() {
        HttpResponse<String> r = client.get("/api/v1/codes/123");
        assertProblem(r, 404, "\"123\"");
        assertThat(Client.json(r).path("instance").asString()).isEqualTo("/api/v1/codes/123");
        HttpResponse<String> typo = client.get("/api/v1/codes/4044");
        assertProblem(typo, 400, "\"4044\" is not an entry id");
        assertThat(Client.json(typo).path("suggestions").toString()).contains("404");
    }

    @Test
    void malformedIdIs400AndIsNotEchoedRaw() {
        HttpResponse<String> r = client.get("/api/v1/codes/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertProblem(r, 400, "is not an entry id");
        assertThat(r.body()).doesNotContain("<script>");
    }

    @Test
    void languageFromParameterOrAcceptLanguage() {
        Entry e = REGISTRY.getById("504");
        HttpResponse<String> zh = client.get("/api/v1/codes/504", "Accept-Language", "fr;q=1, zh-CN;q=0.9, en;q=0.5");
        assertThat(Client.json(zh).path("title").asString()).isEqualTo(e.title().zh());
        assertThat(zh.headers().firstValue("Content-Language")).hasValue("zh-CN");
        HttpResponse<String> en = client.get("/api/v1/codes/504?lang=en", "Accept-Language", "zh-CN");
        assertThat(Client.json(en).path("title").asString()).isEqualTo(e.title().en());
        assertThat(en.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
    }

    @Test
    void searchRanksAndValidates() {
        JsonNode hits = Client.json(client.get("/api/v1/search?q=%E8%B6%85%E6%97%B6&limit=15"));
        assertThat(hits.toString()).contains("\"id\":\"504\"", "\"id\":\"408\"");
        assertThat(hits.get(0).path("id").asString()).isNotEmpty();
        assertThat(Client.json(client.get("/api/v1/search?q=not+foud")).get(0).path("id").asString())
                .isEqualTo("404");
        assertProblem(client.get("/api/v1/search"), 400, "q is required");
        assertProblem(client.get("/api/v1/search?q=+"), 400, "q is required");
        assertProblem(client.get("/api/v1/search?q=x&limit=0"), 400, "limit must be a number from 1 to 100");
        assertProblem(client.get("/api/v1/search?q=x&limit=many"), 400, "\"many\"");
        assertProblem(client.get("/api/v1/search?q=" + "a".repeat(201)), 400, "longer than 200");
    }

    @Test
    void conditionalRequestsAnswer304WithoutBody() {
        HttpResponse<String> first = client.get("/api/v1/codes/418");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        HttpResponse<String> again = client.get("/api/v1/codes/418", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(client.get("/api/v1/codes/418", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(client.get("/api/v1/codes/418", "If-None-Match", "*").statusCode()).isEqualTo(304);
        assertThat(client.get("/en", "If-None-Match", client.get("/en").headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);
    }

    @Test
    void headHasHeadersButNoBodyOnHttp1AndHttp2() {
        for (Client c : new Client[] {client, new Client(server.port(), java.net.http.HttpClient.Version.HTTP_1_1)}) {
            for (String path : new String[] {"/api/v1/codes/404", "/en", "/zh/codes/404", "/api/v1/codes/4044"}) {
                HttpResponse<String> get = c.get(path);
                HttpResponse<String> head = c.send("HEAD", path);
                assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
                assertThat(head.body()).as(path).isEmpty();
                assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
                assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"POST,/api/v1/codes,'GET, HEAD, OPTIONS'", "DELETE,/api/v1/codes/404,'GET, HEAD, OPTIONS'",
        "PUT,/,'GET, HEAD'", "PATCH,/codes/404,'GET, HEAD'", "POST,/healthz,'GET, HEAD'"})
    void otherMethodsAre405WithAllow(String method, String path, String allow) {
        HttpResponse<String> r = client.send(method, path);
        assertProblem(r, 405, method + " is not allowed");
        assertThat(r.headers().firstValue("Allow")).hasValue(allow);
    }

    @Test
    void corsForBrowserCodeElsewhere() {
        HttpResponse<String> get = client.get("/api/v1/codes/404", "Origin", "https://example.org");
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                v -> assertThat(v).contains("ETag"));
        HttpResponse<String> preflight = client.send("OPTIONS", "/api/v1/search", "Origin", "https://example.org",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
    }

    @Test
    void gzipWhenAsked() {
        HttpResponse<String> r = client.get("/api/v1/codes", "Accept-Encoding", "gzip");
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(client.get("/api/v1/codes").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void oversizeUriAndHeadersAre414And431() {
        Client http1 = new Client(server.port(), java.net.http.HttpClient.Version.HTTP_1_1);
        assertThat(http1.get("/api/v1/search?q=" + "a".repeat(Limits.MAX_REQUEST_LINE)).statusCode())
                .isEqualTo(414);
        assertThat(http1.get("/api/v1/codes/404", "X-Big", "b".repeat(Limits.MAX_HEADER_SIZE)).statusCode())
                .isEqualTo(431);
    }

    @Test
    void securityHeadersEverywhere() {
        for (String path : new String[] {"/en", "/api/v1/codes/404", "/nope", "/assets/app.css"}) {
            HttpResponse<String> r = client.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'").doesNotContain("unsafe"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                    .contains("charset=utf-8"));
        }
    }

    @Test
    void unknownPathsAnswerByAccept() {
        HttpResponse<String> api = client.get("/no/such/page");
        assertProblem(api, 404, "no status code matches");
        HttpResponse<String> browser = client.get("/en/codes/4044", "Accept", "text/html,application/xhtml+xml");
        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(browser.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(browser.body()).contains("href=\"/en/codes/404\"");
        HttpResponse<String> apiBrowser = client.get("/api/v1/codes/4044", "Accept", "text/html");
        assertThat(apiBrowser.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
    }

    @Test
    void healthAndMetrics() {
        HttpResponse<String> health = client.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Client.json(health).path("status").asString()).isEqualTo("ok");
        // This test makes every status it looks for itself, whatever ran before it.
        assertThat(client.get("/api/v1/codes/404").statusCode()).isEqualTo(200);
        assertThat(client.get("/api/v1/codes/499.nothing").statusCode()).isEqualTo(404);
        client.get("/api/v1/codes/4044");
        String metrics = client.get("/metrics").body();
        assertThat(metrics).contains("http_server_requests_total{", "route=\"/api/v1/codes/:id\"", "status=\"200\"",
                "status=\"404\"", "http_server_request_duration_seconds_bucket");
        assertThat(metrics).doesNotContain("route=\"/api/v1/codes/4044\"");
    }
}

package dev.httpcodes.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.httpcodes.core.Registry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HttpbinCachingTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();

    private static void assertJsonError(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Client.json(r);
        assertEquals(status, body.get("status_code").asInt());
        assertEquals(REGISTRY.reasonPhrase(status), body.get("error").asString());
    }

    @Test
    void cacheAnswersFreshWithValidators() {
        HttpResponse<String> r = SERVER.client().get("/cache?a=1");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        assertTrue(r.headers().firstValue("ETag").orElseThrow().matches("\"[0-9a-f]{40}\""));
        assertEquals("1", Client.json(r).get("args").get("a").get(0).asString());
    }

    @Test
    void cacheAnswers304ToAnyConditionalRequest() {
        assertEquals(304, SERVER.client().get("/cache", "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT").statusCode());
        HttpResponse<String> r = SERVER.client().get("/cache", "If-None-Match", "\"whatever\"");
        assertEquals(304, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void cacheForSetsMaxAge() {
        HttpResponse<String> r = SERVER.client().get("/cache/60");
        assertEquals(200, r.statusCode());
        assertEquals("public, max-age=60", r.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void cacheForRefusesWhatIsNotSeconds() {
        for (String bad : new String[] {"abc", "-5", "1.5", "99999999999999999999"}) {
            assertJsonError(SERVER.client().get("/cache/" + bad), 400);
        }
    }

    @Test
    void etagIsThePathSegment() {
        HttpResponse<String> r = SERVER.client().get("/etag/v1");
        assertEquals(200, r.statusCode());
        assertEquals("\"v1\"", r.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void ifNoneMatchUsesWeakComparison() {
        assertEquals(304, SERVER.client().get("/etag/v1", "If-None-Match", "\"v1\"").statusCode());
        assertEquals(304, SERVER.client().get("/etag/v1", "If-None-Match", "\"x\", W/\"v1\"").statusCode());
        assertEquals(304, SERVER.client().get("/etag/v1", "If-None-Match", "*").statusCode());
        assertEquals(200, SERVER.client().get("/etag/v1", "If-None-Match", "\"v2\"").statusCode());
    }

    @Test
    void ifNoneMatchOnAnUnsafeMethodIsAPreconditionFailure() {
        assertJsonError(SERVER.client().send("PUT", "/etag/v1", "If-None-Match", "\"v1\""), 412);
    }

    @Test
    void ifMatchUsesStrongComparison() {
        assertEquals(200, SERVER.client().get("/etag/v1", "If-Match", "\"v1\"").statusCode());
        assertEquals(200, SERVER.client().get("/etag/v1", "If-Match", "*").statusCode());
        assertJsonError(SERVER.client().get("/etag/v1", "If-Match", "\"v2\""), 412);
        assertJsonError(SERVER.client().get("/etag/v1", "If-Match", "W/\"v1\""), 412);
    }
}

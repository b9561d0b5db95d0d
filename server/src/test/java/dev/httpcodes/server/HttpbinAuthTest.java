package dev.httpcodes.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.httpcodes.core.Registry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HttpbinAuthTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertJsonError(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Client.json(r);
        assertEquals(status, body.get("status_code").asInt());
        assertEquals(REGISTRY.reasonPhrase(status), body.get("error").asString());
    }

    @Test
    void matchingBasicCredentialsAreAuthorized() {
        HttpResponse<String> r = SERVER.client().get("/basic-auth/ann/s3cret", "Authorization", basic("ann", "s3cret"));
        assertEquals(200, r.statusCode());
        JsonNode body = Client.json(r);
        assertTrue(body.get("authorized").asBoolean());
        assertEquals("ann", body.get("user").asString());
    }

    @Test
    void wrongOrMissingBasicCredentialsGetAChallenge() {
        HttpResponse<String> wrong = SERVER.client().get("/basic-auth/ann/s3cret", "Authorization", basic("ann", "nope"));
        assertEquals(401, wrong.statusCode());
        assertEquals("Basic realm=\"Fake Realm\"", wrong.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertFalse(Client.json(wrong).get("authorized").asBoolean());
        assertEquals("ann", Client.json(wrong).get("user").asString());

        HttpResponse<String> missing = SERVER.client().get("/basic-auth/ann/s3cret");
        assertEquals(401, missing.statusCode());
        assertEquals("", Client.json(missing).get("user").asString());

        HttpResponse<String> garbled = SERVER.client().get("/basic-auth/ann/s3cret", "Authorization", "Basic %%%");
        assertEquals(401, garbled.statusCode());
    }

    @Test
    void basicAuthAlsoAnswersPost() {
        HttpResponse<String> r = SERVER.client().send("POST", "/basic-auth/ann/s3cret", "Authorization", basic("ann", "s3cret"));
        assertEquals(200, r.statusCode());
        assertTrue(Client.json(r).get("authorized").asBoolean());
    }

    @Test
    void hiddenBasicAuthAnswers404UnlessAuthorized() {
        HttpResponse<String> ok = SERVER.client().get("/hidden-basic-auth/ann/s3cret", "Authorization", basic("ann", "s3cret"));
        assertEquals(200, ok.statusCode());
        assertTrue(Client.json(ok).get("authorized").asBoolean());

        HttpResponse<String> wrong = SERVER.client().get("/hidden-basic-auth/ann/s3cret", "Authorization", basic("bob", "s3cret"));
        assertJsonError(wrong, 404);
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isEmpty());
    }

    @Test
    void bearerEchoesTheToken() {
        HttpResponse<String> r = SERVER.client().get("/bearer", "Authorization", "Bearer abc.def");
        assertEquals(200, r.statusCode());
        assertTrue(Client.json(r).get("authenticated").asBoolean());
        assertEquals("abc.def", Client.json(r).get("token").asString());
    }

    @Test
    void bearerChallengesAnythingElse() {
        for (String header : new String[] {null, "Bearer", "Basic abc", "Bearer a b", "bearer abc"}) {
            HttpResponse<String> r = header == null ? SERVER.client().get("/bearer")
                    : SERVER.client().get("/bearer", "Authorization", header);
            assertJsonError(r, 401);
            assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElseThrow(), String.valueOf(header));
        }
    }
}

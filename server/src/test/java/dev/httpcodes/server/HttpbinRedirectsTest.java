package dev.httpcodes.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.httpcodes.core.Registry;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HttpbinRedirectsTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();

    private static void assertJsonError(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Client.json(r);
        assertEquals(status, body.get("status_code").asInt());
        assertEquals(REGISTRY.reasonPhrase(status), body.get("error").asString());
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void redirectToSendsRelativeUrlsWithTheChosenStatus() {
        HttpResponse<String> r = SERVER.client().get("/redirect-to?url=/cookies");
        assertEquals(302, r.statusCode());
        assertEquals("/cookies", location(r));
        HttpResponse<String> moved = SERVER.client().get("/redirect-to?url=/html&status_code=307");
        assertEquals(307, moved.statusCode());
        assertEquals("/html", location(moved));
        assertEquals("html", location(SERVER.client().get("/redirect-to?url=html")));
    }

    @Test
    void redirectToNeverLeavesTheServer() {
        for (String url : new String[] {"https://evil.example/", "//evil.example/x", "http:evil.example",
                "javascript:alert(1)"}) {
            HttpResponse<String> r = SERVER.client().get("/redirect-to?url=" + java.net.URLEncoder.encode(url,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(403, r.statusCode(), url);
            assertTrue(r.headers().firstValue("Location").isEmpty(), url);
        }
    }

    @Test
    void redirectToRefusesBadInput() {
        assertJsonError(SERVER.client().get("/redirect-to"), 400);
        assertJsonError(SERVER.client().get("/redirect-to?url=/a%0D%0ASet-Cookie:x=1"), 400);
        assertJsonError(SERVER.client().get("/redirect-to?url=/%5Cevil.example"), 400);
        assertJsonError(SERVER.client().get("/redirect-to?url=/a&status_code=200"), 400);
        assertJsonError(SERVER.client().get("/redirect-to?url=/a&status_code=abc"), 400);
    }

    @Test
    void relativeChainsCountDownToGet() {
        assertEquals("/relative-redirect/2", location(SERVER.client().get("/relative-redirect/3")));
        assertEquals("/get", location(SERVER.client().get("/relative-redirect/1")));
    }

    @Test
    void absoluteChainsNameTheServer() {
        String base = SERVER.client().base();
        assertEquals(base + "/absolute-redirect/1", location(SERVER.client().get("/absolute-redirect/2")));
        assertEquals(base + "/get", location(SERVER.client().get("/absolute-redirect/1")));
    }

    @Test
    void chainLengthsAreBounded() {
        for (String n : new String[] {"0", "101", "abc", "-1"}) {
            assertJsonError(SERVER.client().get("/relative-redirect/" + n), 400);
            assertJsonError(SERVER.client().get("/absolute-redirect/" + n), 400);
        }
        assertEquals(302, SERVER.client().get("/relative-redirect/100").statusCode());
    }

    @Test
    void linksPageLinksEveryOtherPage() {
        HttpResponse<String> start = SERVER.client().get("/links/3");
        assertEquals(302, start.statusCode());
        assertEquals("/links/3/0", location(start));
        HttpResponse<String> r = SERVER.client().get("/links/3/1");
        assertEquals(200, r.statusCode());
        var links = Jsoup.parse(r.body()).select("a");
        assertEquals(2, links.size());
        assertEquals("/links/3/0", links.get(0).attr("href"));
        assertEquals("/links/3/2", links.get(1).attr("href"));
    }

    @Test
    void linkCountsAreBoundedAt256() {
        assertEquals(256, Jsoup.parse(SERVER.client().get("/links/256/300").body()).select("a").size());
        assertJsonError(SERVER.client().get("/links/257/0"), 400);
        assertJsonError(SERVER.client().get("/links/3/x"), 400);
        assertJsonError(SERVER.client().get("/links/3/1.5"), 400);
    }

    @Test
    void aNegativeOffsetMarksNoLinkAsCurrent() {
        HttpResponse<String> r = SERVER.client().get("/links/2/-1");
        assertEquals(200, r.statusCode());
        assertEquals(2, Jsoup.parse(r.body()).select("a").size());
    }

    @Test
    void responseHeadersBecomeHeadersAndTheBody() {
        HttpResponse<String> r = SERVER.client().get("/response-headers?X-Flavour=oat&X-Flavour=rye&Content-Type=text/plain");
        assertEquals(200, r.statusCode());
        assertEquals(java.util.List.of("oat", "rye"), r.headers().allValues("X-Flavour"));
        assertEquals("text/plain", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode body = Client.json(r);
        assertEquals("rye", body.get("X-Flavour").get(1).asString());
        HttpResponse<String> post = SERVER.client().send("POST", "/response-headers?X-A=1");
        assertEquals("1", post.headers().firstValue("X-A").orElseThrow());
        assertTrue(post.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void responseHeadersRefuseInjection() {
        assertJsonError(SERVER.client().get("/response-headers?X-A=1%0D%0ASet-Cookie:%20x=1"), 400);
        assertJsonError(SERVER.client().get("/response-headers?X%20A=1"), 400);
        assertJsonError(SERVER.client().get("/response-headers?Content-Length=0"), 400);
        assertJsonError(SERVER.client().get("/response-headers?Transfer-Encoding=chunked"), 400);
        StringBuilder many = new StringBuilder("/response-headers?");
        for (int i = 0; i < 51; i++) {
            many.append("X-H").append(i).append("=v&");
        }
        assertJsonError(SERVER.client().get(many.toString()), 400);
    }
}

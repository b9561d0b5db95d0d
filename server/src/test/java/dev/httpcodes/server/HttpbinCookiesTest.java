package dev.httpcodes.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpbinCookiesTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    @Test
    void listsTheRequestCookiesAsAJsonObject() {
        HttpResponse<String> r = SERVER.client().get("/cookies", "Cookie", "flavour=oat; size=large");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        var body = Client.json(r);
        assertEquals("oat", body.get("flavour").asString());
        assertEquals("large", body.get("size").asString());
        assertEquals(2, body.size());
    }

    @Test
    void noCookiesGiveAnEmptyObject() {
        HttpResponse<String> r = SERVER.client().get("/cookies");
        assertEquals(200, r.statusCode());
        assertEquals(0, Client.json(r).size());
    }

    @Test
    void setSendsHttpOnlyCookiesAndRedirectsToTheList() {
        HttpResponse<String> r = SERVER.client().get("/cookies/set?flavour=oat&size=large");
        assertEquals(302, r.statusCode());
        assertEquals("/cookies", r.headers().firstValue("Location").orElseThrow());
        List<String> set = r.headers().allValues("Set-Cookie");
        assertEquals(2, set.size());
        assertTrue(set.stream().anyMatch(c -> c.startsWith("flavour=oat") && c.toLowerCase(java.util.Locale.ROOT).contains("; httponly")), set::toString);
        assertTrue(set.stream().anyMatch(c -> c.startsWith("size=large") && c.toLowerCase(java.util.Locale.ROOT).contains("; httponly")), set::toString);
    }

    @Test
    void deleteExpiresTheNamedCookiesAndRedirects() {
        HttpResponse<String> r = SERVER.client().get("/cookies/delete?flavour");
        assertEquals(302, r.statusCode());
        assertEquals("/cookies", r.headers().firstValue("Location").orElseThrow());
        List<String> set = r.headers().allValues("Set-Cookie");
        assertEquals(1, set.size());
        assertTrue(set.get(0).startsWith("flavour=;") && set.get(0).contains("Max-Age=0"), set::toString);
        // Dated long past, for clients that judge deletion by Expires rather than Max-Age.
        assertTrue(set.get(0).contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT"), set::toString);
        assertTrue(set.get(0).contains("HttpOnly"), set::toString);
    }

    @Test
    void namesAndValuesThatWouldBreakTheHeaderAreSkipped() {
        // %3B is ';' (would start a new attribute), %20 a space, %0D%0A a line break (header injection).
        HttpResponse<String> r = SERVER.client().get("/cookies/set?ok=1&bad=a%3BDomain%3Devil&x%20y=1&crlf=a%0D%0AX:1");
        assertEquals(302, r.statusCode());
        List<String> set = r.headers().allValues("Set-Cookie");
        assertEquals(1, set.size(), set::toString);
        assertTrue(set.get(0).startsWith("ok=1"));
        assertTrue(r.headers().firstValue("X").isEmpty());
    }

    @Test
    void theNumberOfCookiesSetIsCapped() {
        StringBuilder q = new StringBuilder("/cookies/set?");
        for (int i = 0; i < 80; i++) {
            q.append("c").append(i).append("=v&");
        }
        HttpResponse<String> r = SERVER.client().get(q.toString());
        assertEquals(302, r.statusCode());
        assertEquals(50, r.headers().allValues("Set-Cookie").size());
    }
}

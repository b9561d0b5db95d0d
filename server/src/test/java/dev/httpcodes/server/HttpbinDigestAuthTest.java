package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Registry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code /digest-auth}: a client that answers the server's challenge as RFC 7616 says, written apart from it. */
class HttpbinDigestAuthTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();
    private static final Pattern PARAM = Pattern.compile("([a-z]+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    private static String hex(String jca, String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> challengeOf(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(401);
        String header = r.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(header).startsWith("Digest ");
        Map<String, String> params = new HashMap<>();
        Matcher m = PARAM.matcher(header.substring(7));
        while (m.find()) {
            params.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return params;
    }

    /** An Authorization header answering the challenge for the path, as a browser would build it. */
    private static String answer(Map<String, String> challenge, String jca, String user, String password,
            String method, String uri) throws Exception {
        String ha1 = hex(jca, user + ":" + challenge.get("realm") + ":" + password);
        String ha2 = hex(jca, method + ":" + uri);
        String response = hex(jca, ha1 + ":" + challenge.get("nonce") + ":00000001:c0ffee:auth:" + ha2);
        return "Digest username=\"" + user + "\", realm=\"" + challenge.get("realm") + "\", nonce=\""
                + challenge.get("nonce") + "\", uri=\"" + uri + "\", algorithm=" + challenge.get("algorithm")
                + ", qop=auth, nc=00000001, cnonce=\"c0ffee\", response=\"" + response + "\", opaque=\""
                + challenge.get("opaque") + "\"";
    }

    private static void assertJsonError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = Client.json(r);
        assertThat(body.get("status_code").asInt()).isEqualTo(status);
        assertThat(body.get("error").asString()).isEqualTo(REGISTRY.reasonPhrase(status));
    }

    @ParameterizedTest
    @CsvSource({"/digest-auth/auth/user/pass,MD5,MD5", "/digest-auth/auth/user/pass/MD5,MD5,MD5",
        "/digest-auth/auth/user/pass/SHA-256,SHA-256,SHA-256", "/digest-auth/AUTH/user/pass/sha-256,SHA-256,SHA-256"})
    void aChallengeAnsweredWithThePasswordIsAuthorized(String path, String algorithm, String jca) throws Exception {
        HttpResponse<String> first = SERVER.client().get(path);
        assertJsonError(first, 401);
        Map<String, String> challenge = challengeOf(first);
        assertThat(challenge).containsEntry("algorithm", algorithm).containsEntry("qop", "auth")
                .containsKeys("realm", "nonce", "opaque");
        HttpResponse<String> r = SERVER.client().get(path, "Authorization",
                answer(challenge, jca, "user", "pass", "GET", path));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = Client.json(r);
        assertThat(body.get("authorized").asBoolean()).isTrue();
        assertThat(body.get("user").asString()).isEqualTo("user");
    }

    @Test
    void eachChallengeHasAFreshNonce() {
        String path = "/digest-auth/auth/user/pass";
        assertThat(challengeOf(SERVER.client().get(path)).get("nonce"))
                .isNotEqualTo(challengeOf(SERVER.client().get(path)).get("nonce"));
    }

    @Test
    void aWrongPasswordUserMethodOrTargetIsChallengedAgain() throws Exception {
        String path = "/digest-auth/auth/user/pass";
        Map<String, String> c = challengeOf(SERVER.client().get(path));
        challengeOf(SERVER.client().get(path, "Authorization", answer(c, "MD5", "user", "wrong", "GET", path)));
        challengeOf(SERVER.client().get(path, "Authorization", answer(c, "MD5", "other", "pass", "GET", path)));
        challengeOf(SERVER.client().get(path, "Authorization", answer(c, "MD5", "user", "pass", "POST", path)));
        challengeOf(SERVER.client().get(path, "Authorization",
                answer(c, "MD5", "user", "pass", "GET", "/digest-auth/auth/user/other")));
        challengeOf(SERVER.client().get(path, "Authorization", "Basic dXNlcjpwYXNz"));
        challengeOf(SERVER.client().get(path, "Authorization", "Digest username=\"user"));
    }

    @Test
    void anMd5AnswerDoesNotOpenTheSha256Path() throws Exception {
        String md5 = "/digest-auth/auth/user/pass/MD5";
        String sha = "/digest-auth/auth/user/pass/SHA-256";
        Map<String, String> c = challengeOf(SERVER.client().get(md5));
        String header = answer(c, "MD5", "user", "pass", "GET", sha).replace("algorithm=MD5", "algorithm=SHA-256");
        challengeOf(SERVER.client().get(sha, "Authorization", header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/digest-auth/bad-qop/user/pass/MD5", "/digest-auth/auth-int/user/pass",
        "/digest-auth/auth/user/pass/SHA-512", "/digest-auth/auth/user/pass/MD5-sess"})
    void anUnofferedQopOrAlgorithmIs400(String path) {
        assertJsonError(SERVER.client().get(path), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/digest-auth", "/digest-auth/user", "/digest-auth/user/pass",
        "/digest-auth/auth/user/pass/MD5/foo"})
    void otherSegmentCountsAre404(String path) {
        assertThat(SERVER.client().get(path).statusCode()).isEqualTo(404);
    }
}

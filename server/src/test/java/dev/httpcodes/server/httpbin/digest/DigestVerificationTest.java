package dev.httpcodes.server.httpbin.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verification against RFC 7616's worked example (section 3.9.1), and the header parser's edge cases. */
class DigestVerificationTest {
    private static final String PASSWORD = "Circle of Life";
    private static final String URI = "/dir/index.html";

    private static String header(String algorithm, String response) {
        return "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\", "
                + "algorithm=" + algorithm + ", nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", nc=00000001, "
                + "cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\", qop=auth, response=\"" + response + "\", "
                + "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
    }

    // The MD5 response printed in the RFC does not hash its own inputs (an erratum); this one does. The SHA-256
    // response is the RFC's as printed.
    private static final String MD5 = header("MD5", "8ca523f5e9506fed4657c9700eebdbec");
    private static final String SHA_256 = header("SHA-256",
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");

    private static boolean verifies(String header, DigestAlgorithm algorithm, String user, String password,
            String method, String uri) {
        return DigestCredentials.parse(header)
                .map(c -> DigestAuthEndpoint.verifies(c, algorithm, user, password, method, uri)).orElse(false);
    }

    @Test
    void theRfcExampleVerifiesWithBothAlgorithms() {
        assertThat(verifies(MD5, DigestAlgorithm.MD5, "Mufasa", PASSWORD, "GET", URI)).isTrue();
        assertThat(verifies(SHA_256, DigestAlgorithm.SHA_256, "Mufasa", PASSWORD, "GET", URI)).isTrue();
    }

    @Test
    void anyChangeToWhatIsHashedFails() {
        assertThat(verifies(MD5, DigestAlgorithm.MD5, "Mufasa", "circle of life", "GET", URI)).isFalse();
        assertThat(verifies(MD5, DigestAlgorithm.MD5, "Mufasa", PASSWORD, "POST", URI)).isFalse();
        assertThat(verifies(MD5, DigestAlgorithm.MD5, "Mufasa", PASSWORD, "GET", URI + "?x=1")).isFalse();
        assertThat(verifies(MD5, DigestAlgorithm.MD5, "mufasa", PASSWORD, "GET", URI)).isFalse();
    }

    @Test
    void theAlgorithmMustBeThePathsOne() {
        assertThat(verifies(MD5, DigestAlgorithm.SHA_256, "Mufasa", PASSWORD, "GET", URI)).isFalse();
        assertThat(verifies(SHA_256, DigestAlgorithm.MD5, "Mufasa", PASSWORD, "GET", URI)).isFalse();
        assertThat(verifies(header("MD5-sess", "8ca523f5e9506fed4657c9700eebdbec"), DigestAlgorithm.MD5, "Mufasa",
                PASSWORD, "GET", URI)).isFalse();
    }

    @Test
    void qopOtherThanAuthAndMissingCountersFail() {
        assertThat(verifies(MD5.replace("qop=auth", "qop=auth-int"), DigestAlgorithm.MD5, "Mufasa", PASSWORD, "GET",
                URI)).isFalse();
        assertThat(verifies(MD5.replace("nc=00000001, ", ""), DigestAlgorithm.MD5, "Mufasa", PASSWORD, "GET", URI))
                .isFalse();
    }

    @Test
    void theRfc2069FormWithoutQopIsAccepted() {
        DigestAlgorithm md5 = DigestAlgorithm.MD5;
        String ha1 = md5.hash("u:r:p");
        String ha2 = md5.hash("GET:/x");
        String response = md5.hash(ha1 + ":n1:" + ha2);
        String h = "Digest username=\"u\", realm=\"r\", nonce=\"n1\", uri=\"/x\", response=\"" + response + "\"";
        assertThat(verifies(h, md5, "u", "p", "GET", "/x")).isTrue();
        assertThat(verifies(h, md5, "u", "q", "GET", "/x")).isFalse();
    }

    @Test
    void quotedValuesMayHoldCommasAndEscapes() {
        Optional<DigestCredentials> c = DigestCredentials.parse(
                "digest Username=\"a,b\", realm=\"say \\\"hi\\\"\",nc=01 ,  qop=auth");
        assertThat(c).isPresent();
        assertThat(c.get().get("username")).isEqualTo("a,b");
        assertThat(c.get().get("realm")).isEqualTo("say \"hi\"");
        assertThat(c.get().get("nc")).isEqualTo("01");
        assertThat(c.get().get("qop")).isEqualTo("auth");
    }

    @Test
    void malformedHeadersAreNotCredentials() {
        assertThat(DigestCredentials.parse(null)).isEmpty();
        assertThat(DigestCredentials.parse("Basic dXNlcjpwYXNz")).isEmpty();
        assertThat(DigestCredentials.parse("Digest username=\"unterminated")).isEmpty();
        assertThat(DigestCredentials.parse("Digest username=\"a\", username=\"b\"")).isEmpty();
        assertThat(DigestCredentials.parse("Digest =x")).isEmpty();
        assertThat(DigestCredentials.parse("Digest username=\"a\" realm=\"b\"")).isEmpty();
        assertThat(DigestCredentials.parse("Digest username=\"" + "a".repeat(DigestCredentials.MAX_LENGTH) + "\""))
                .isEmpty();
    }
}

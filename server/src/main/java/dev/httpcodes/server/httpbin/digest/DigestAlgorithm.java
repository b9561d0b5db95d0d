package dev.httpcodes.server.httpbin.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The two hash algorithms of RFC 7616 that go-httpbin offers, by their names in the protocol. */
enum DigestAlgorithm {
    MD5("MD5", "MD5"),
    SHA_256("SHA-256", "SHA-256");

    /** The token in the challenge and in the client's {@code algorithm} parameter. */
    final String token;
    private final String jcaName;

    DigestAlgorithm(String token, String jcaName) {
        this.token = token;
        this.jcaName = jcaName;
    }

    /** The algorithm a token names, compared without case (RFC 7616 tokens are case-insensitive). */
    static Optional<DigestAlgorithm> named(String token) {
        for (DigestAlgorithm a : values()) {
            if (a.token.equals(token.toUpperCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The lower-case hex digest of the UTF-8 text: RFC 7616's H(data). */
    String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jcaName)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide MD5 and SHA-256.
            throw new IllegalStateException(e);
        }
    }
}

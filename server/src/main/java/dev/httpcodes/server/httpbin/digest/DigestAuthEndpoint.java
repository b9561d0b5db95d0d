package dev.httpcodes.server.httpbin.digest;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /digest-auth/{qop}/{user}/{passwd}[/{algorithm}]}: 200 with the user when the Digest credentials match,
 * 401 with a fresh challenge otherwise; 400 for a qop other than {@code auth} or an algorithm other than MD5 and
 * SHA-256 (MD5 when the path names none).
 *
 * <p>As in go-httpbin, the server keeps no state: a nonce is not remembered, so any nonce the client echoes is taken
 * (a recorded header replays, which is what a test server's users expect) and no nonce is ever reported stale. The
 * response must still hash the request's own method and target, the path's user and password, and the algorithm the
 * path names; the realm the client hashed is the one it sent.
 */
final class DigestAuthEndpoint {
    static final String REALM = "httpcodes";
    /** Path segments echoed in an error are cut to this length. */
    private static final int MAX_ECHO = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpbinReplies replies;

    DigestAuthEndpoint(HttpbinReplies replies) {
        this.replies = replies;
    }

    void handle(RoutingContext ctx) {
        String qop = ctx.pathParam("qop").toLowerCase(Locale.ROOT);
        if (!qop.equals("auth")) {
            replies.badRequest(ctx, "invalid qop \"" + cut(qop) + "\": only \"auth\" is offered");
            return;
        }
        String algorithmName = ctx.pathParam("algorithm");
        Optional<DigestAlgorithm> algorithm = algorithmName == null ? Optional.of(DigestAlgorithm.MD5)
                : DigestAlgorithm.named(algorithmName);
        if (algorithm.isEmpty()) {
            replies.badRequest(ctx, "invalid algorithm \"" + cut(algorithmName) + "\": use MD5 or SHA-256");
            return;
        }
        String user = ctx.pathParam("user");
        boolean ok = DigestCredentials.parse(ctx.request().getHeader("Authorization"))
                .map(c -> verifies(c, algorithm.get(), user, ctx.pathParam("passwd"), ctx.request().method().name(),
                        ctx.request().uri()))
                .orElse(false);
        if (!ok) {
            ctx.response().putHeader("WWW-Authenticate", challenge(algorithm.get()));
            replies.error(ctx, 401, null);
            return;
        }
        replies.json(ctx, 200, HttpbinReplies.object().put("authorized", true).put("user", user));
    }

    /** Whether the credentials prove the password for this request (RFC 7616 section 3.4.1). */
    static boolean verifies(DigestCredentials c, DigestAlgorithm algorithm, String user, String password,
            String method, String requestTarget) {
        String username = c.get("username");
        String realm = c.get("realm");
        String nonce = c.get("nonce");
        String response = c.get("response");
        String clientAlgorithm = c.get("algorithm");
        String qop = c.get("qop");
        if (username == null || realm == null || nonce == null || nonce.isEmpty() || response == null
                || !DigestAlgorithm.named(clientAlgorithm == null ? "MD5" : clientAlgorithm)
                        .equals(Optional.of(algorithm))) {
            return false;
        }
        String ha1 = algorithm.hash(username + ":" + realm + ":" + password);
        String ha2 = algorithm.hash(method + ":" + requestTarget);
        String expected;
        if (qop == null) {
            // RFC 2069's form, which RFC 7616 still lets a server accept from old clients.
            expected = algorithm.hash(ha1 + ":" + nonce + ":" + ha2);
        } else {
            String nc = c.get("nc");
            String cnonce = c.get("cnonce");
            if (!qop.equals("auth") || nc == null || nc.isEmpty() || cnonce == null || cnonce.isEmpty()) {
                return false;
            }
            expected = algorithm.hash(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
        }
        // Both comparisons run, in constant time: a toy endpoint should not teach a timing leak.
        return equal(username, user) & equal(response.toLowerCase(Locale.ROOT), expected);
    }

    /** A challenge with a fresh nonce and opaque value, quoted as RFC 7616 writes them. */
    static String challenge(DigestAlgorithm algorithm) {
        return "Digest realm=\"" + REALM + "\", qop=\"auth\", algorithm=" + algorithm.token + ", nonce=\""
                + randomHex() + "\", opaque=\"" + randomHex() + "\"";
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String cut(String s) {
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "…";
    }
}

package dev.httpcodes.server.httpbin;

import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * go-httpbin's authentication challenges. {@code /basic-auth/{user}/{passwd}} answers 200 with the given user when
 * the Basic credentials match and 401 with a Basic challenge otherwise; {@code /hidden-basic-auth} hides the
 * resource instead (404); {@code /bearer} accepts any {@code Bearer <token>} and challenges anything else.
 */
final class AuthEndpoints {
    /** Credentials longer than this are not decoded (the header is already capped by the server's header limit). */
    private static final int MAX_CREDENTIALS = 8192;

    private final HttpbinReplies replies;

    AuthEndpoints(HttpbinReplies replies) {
        this.replies = replies;
    }

    void basic(RoutingContext ctx) {
        String[] given = basicCredentials(ctx);
        boolean ok = matches(ctx, given);
        if (!ok) {
            ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"Fake Realm\"");
        }
        replies.json(ctx, ok ? 200 : 401, HttpbinReplies.object().put("authorized", ok).put("user", given[0]));
    }

    void hiddenBasic(RoutingContext ctx) {
        String[] given = basicCredentials(ctx);
        if (!matches(ctx, given)) {
            replies.notFound(ctx);
            return;
        }
        replies.json(ctx, 200, HttpbinReplies.object().put("authorized", true).put("user", given[0]));
    }

    void bearer(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        String[] fields = header == null ? new String[0] : header.trim().split("\\s+");
        if (fields.length != 2 || !fields[0].equals("Bearer")) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            replies.error(ctx, 401, null);
            return;
        }
        replies.json(ctx, 200, HttpbinReplies.object().put("authenticated", true).put("token", fields[1]));
    }

    private static boolean matches(RoutingContext ctx, String[] given) {
        // Constant-time comparison: the endpoint is a toy, but it should not teach a timing leak.
        return equal(given[0], ctx.pathParam("user")) & equal(given[1], ctx.pathParam("passwd"));
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** {user, password} from a Basic Authorization header; two empty strings when it is absent or malformed. */
    private static String[] basicCredentials(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        String[] none = {"", ""};
        if (header == null || header.length() < 6 || header.length() > MAX_CREDENTIALS
                || !header.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            return none;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return none;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? none : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}

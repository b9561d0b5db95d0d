package dev.httpcodes.server.httpbin;

import dev.httpcodes.server.protocol.MountPoint;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /redirect-to?url=&status_code=} (relative URLs, or absolute ones to an allowed host only: never an open
 * redirect), {@code /relative-redirect/{n}} and {@code /absolute-redirect/{n}} (chains of n 302s ending at
 * {@code /get}), and {@code /links/{n}/{offset}} (an HTML page of n links).
 */
final class RedirectEndpoints {
    /** Longest chain served; go-httpbin has none, but a client-chosen n must stay bounded. */
    static final int MAX_REDIRECTS = 100;
    /** go-httpbin's limit for /links. */
    static final int MAX_LINKS = 256;

    private final HttpbinReplies replies;
    private final Set<String> allowedHosts;

    RedirectEndpoints(HttpbinReplies replies, Set<String> allowedHosts) {
        this.replies = replies;
        this.allowedHosts = allowedHosts;
    }

    void redirectTo(RoutingContext ctx) {
        String target = ctx.queryParams().get("url");
        if (target == null || target.isEmpty()) {
            replies.badRequest(ctx, "missing required query parameter: url");
            return;
        }
        if (target.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
            replies.badRequest(ctx, "invalid url: control characters, spaces and backslashes are not allowed");
            return;
        }
        if (!validEscapes(target)) {
            replies.badRequest(ctx, "invalid url: a % must start an escape of two hexadecimal digits");
            return;
        }
        if (!isRelative(target) && !isAllowedAbsolute(target)) {
            replies.send(ctx, 403, HttpbinReplies.TEXT, ("Forbidden redirect URL. Only relative URLs"
                    + (allowedHosts.isEmpty() ? "" : " and hosts in the allowed list") + " are accepted.\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        int status = 302;
        String code = ctx.queryParams().get("status_code");
        if (code != null && !code.isEmpty()) {
            Integer parsed = Numbers.parseCount(code);
            if (parsed == null || parsed < 300 || parsed > 399) {
                replies.badRequest(ctx, "invalid status_code: expected a number from 300 to 399");
                return;
            }
            status = parsed;
        }
        ctx.response().setStatusCode(status).putHeader("Location", target).end();
    }

    private static boolean validEscapes(String target) {
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) == '%' && (i + 2 >= target.length() || !isHex(target.charAt(i + 1))
                    || !isHex(target.charAt(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** A path on this server: starts with one slash (two would name another host) or is a plain relative path. */
    private static boolean isRelative(String target) {
        if (target.startsWith("//")) {
            return false;
        }
        if (target.startsWith("/")) {
            return true;
        }
        int colon = target.indexOf(':');
        int slash = target.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    private boolean isAllowedAbsolute(String target) {
        try {
            URI uri = new URI(target);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // A scheme-relative URL (//host/path) names a host too, so it is checked like an absolute one.
            boolean schemeRelative = scheme.isEmpty() && target.startsWith("//");
            return (schemeRelative || scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code /redirect/{n}}: relative hops unless {@code ?absolute=true} (any case). */
    void redirect(RoutingContext ctx) {
        String absolute = ctx.queryParams().get("absolute");
        chain(ctx, absolute == null || !absolute.equalsIgnoreCase("true"));
    }

    void relative(RoutingContext ctx) {
        chain(ctx, true);
    }

    void absolute(RoutingContext ctx) {
        chain(ctx, false);
    }

    /**
     * One hop of a chain: n - 1 more hops by /relative-redirect or /absolute-redirect, then /get, as go-httpbin
     * counts them. The count is read as Go reads an int (sign and leading zeros allowed).
     */
    private void chain(RoutingContext ctx, boolean relative) {
        String raw = ctx.pathParam("n") == null ? "" : ctx.pathParam("n");
        Long n = raw.matches("[+-]?[0-9]{1,18}") ? Long.valueOf(Long.parseLong(raw.replace("+", ""))) : null;
        if (n == null) {
            replies.badRequest(ctx, "invalid redirect count: \"" + dev.httpcodes.server.api.ApiHandlers.truncate(raw)
                    + "\" is not a whole number");
            return;
        }
        if (n < 1 || n > MAX_REDIRECTS) {
            replies.badRequest(ctx, "redirect count must be from 1 to " + MAX_REDIRECTS + ", not " + n);
            return;
        }
        String path = n == 1 ? "/get" : (relative ? "/relative-redirect/" : "/absolute-redirect/") + (n - 1);
        path = MountPoint.path(ctx, path);
        String location = path;
        if (!relative) {
            String host = ctx.request().getHeader("Host");
            if (host == null && ctx.request().authority() != null) {
                host = ctx.request().authority().toString();
            }
            if (host == null || host.isEmpty()) {
                replies.badRequest(ctx, "an absolute redirect needs the request's Host");
                return;
            }
            location = scheme(ctx) + "://" + host + path;
        }
        ctx.response().setStatusCode(302).putHeader("Location", location).end();
    }

    /**
     * The scheme the client used, as a proxy in front reports it (X-Forwarded-Proto, X-Forwarded-Protocol,
     * X-Forwarded-Ssl) or as this connection is; only http and https are taken from the headers, so a client cannot
     * make the Location name another kind of URL.
     */
    private static String scheme(RoutingContext ctx) {
        var request = ctx.request();
        for (String name : new String[] {"X-Forwarded-Proto", "X-Forwarded-Protocol"}) {
            String value = request.getHeader(name);
            if (value != null && !value.isEmpty()) {
                return value.equalsIgnoreCase("https") ? "https" : "http";
            }
        }
        if ("on".equals(request.getHeader("X-Forwarded-Ssl")) || request.isSSL()) {
            return "https";
        }
        return "http";
    }

    void linksStart(RoutingContext ctx) {
        Integer n = linkCount(ctx);
        if (n != null) {
            ctx.response().setStatusCode(302).putHeader("Location", MountPoint.path(ctx, "/links/" + n + "/0")).end();
        }
    }

    void links(RoutingContext ctx) {
        Integer n = linkCount(ctx);
        if (n == null) {
            return;
        }
        // Any integer: an offset outside 0..n-1 (negative included) marks no link as the current one.
        Long offset = Numbers.parseLong(ctx.pathParam("offset"));
        if (offset == null) {
            replies.badRequest(ctx, "invalid offset: expected a whole number");
            return;
        }
        StringBuilder page = new StringBuilder("<html><head><title>Links</title></head><body>");
        // The prefix is the operator's, checked to be a plain path when the server started.
        String base = MountPoint.path(ctx, "/links/");
        for (int i = 0; i < n; i++) {
            // Numbers only: nothing from the request reaches the page except the two validated integers.
            page.append(i == offset.longValue() ? i + " " : "<a href=\"" + base + n + "/" + i + "\">" + i + "</a> ");
        }
        page.append("</body></html>");
        replies.send(ctx, 200, HttpbinReplies.HTML, page.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Integer linkCount(RoutingContext ctx) {
        Integer n = Numbers.parseCount(ctx.pathParam("n"));
        if (n == null || n > MAX_LINKS) {
            replies.badRequest(ctx, "invalid link count: expected a number from 0 to " + MAX_LINKS);
            return null;
        }
        return n;
    }
}

package dev.httpcodes.server.httpbin.digest;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.ext.web.Router;

/** Mounts {@code /digest-auth}; any other number of path segments is go-httpbin's 404. */
public final class DigestRoutes {
    private DigestRoutes() {
    }

    public static void register(Router router, HttpbinReplies replies) {
        DigestAuthEndpoint digest = new DigestAuthEndpoint(replies);
        // go-httpbin answers it for any method; the method is part of what the client hashes.
        router.route("/digest-auth/:qop/:user/:passwd").handler(digest::handle);
        router.route("/digest-auth/:qop/:user/:passwd/:algorithm").handler(digest::handle);
        // Other segment counts: go-httpbin's 404, in its JSON shape.
        router.routeWithRegex("^/digest-auth(?:/.*)?$").handler(replies::notFound);
    }
}

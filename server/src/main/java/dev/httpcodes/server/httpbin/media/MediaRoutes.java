package dev.httpcodes.server.httpbin.media;

import dev.httpcodes.server.httpbin.HttpbinOptions;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import dev.httpcodes.server.httpbin.echo.RequestEcho;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/** Mounts the media and document endpoints; the one call {@code HttpbinRoutes} makes for this package. */
public final class MediaRoutes {
    private MediaRoutes() {
    }

    public static void register(Router router, HttpbinReplies replies, HttpbinOptions options) {
        // go-httpbin answers these for any method.
        ImageEndpoints images = new ImageEndpoints(replies);
        router.route("/image").handler(images::negotiated);
        router.route("/image/:format").handler(images::named);
        router.routeWithRegex("^/image/.*$").handler(replies::notFound);
        Documents documents = new Documents(replies);
        router.route("/deny").handler(documents::deny);
        router.route("/encoding/utf8").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(documents::utf8);
        CompressedEcho compressed = new CompressedEcho(RequestEcho.with(options));
        router.route("/gzip").handler(compressed::gzip);
        router.route("/deflate").handler(compressed::deflate);
        router.route("/trailers").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(new TrailersEndpoint(replies)::handle);
        router.route("/forms/post").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(documents::formsPost);
    }
}

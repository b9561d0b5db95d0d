package dev.httpcodes.server.httpbin.echo;

import dev.httpcodes.server.httpbin.HttpbinOptions;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/** Mounts the request-echo endpoints with go-httpbin's method rules. */
public final class EchoRoutes {
    private EchoRoutes() {
    }

    public static void register(Router router, HttpbinReplies replies, HttpbinOptions options) {
        EchoEndpoints echo = new EchoEndpoints(replies, options);
        router.route("/anything").handler(echo::anything);
        router.route("/anything/*").handler(echo::anything);
        only(router, "/get", Set.of(HttpMethod.GET, HttpMethod.HEAD), echo::get);
        only(router, "/head", Set.of(HttpMethod.HEAD), echo::get);
        only(router, "/post", Set.of(HttpMethod.POST), echo::withBody);
        only(router, "/put", Set.of(HttpMethod.PUT), echo::withBody);
        only(router, "/patch", Set.of(HttpMethod.PATCH), echo::withBody);
        only(router, "/delete", Set.of(HttpMethod.DELETE), echo::withBody);
        router.route("/headers").handler(echo::headers);
        router.route("/ip").handler(echo::ip);
        router.route("/user-agent").handler(echo::userAgent);
        router.route("/hostname").handler(echo::hostname);
        router.route("/dump/request").handler(echo::dump);
    }

    private static void only(Router router, String path, Set<HttpMethod> methods, Handler<RoutingContext> handler) {
        router.route(path).handler(ctx -> {
            if (methods.contains(ctx.request().method())) {
                handler.handle(ctx);
            } else {
                EchoEndpoints.methodNotAllowed(ctx, methods);
            }
        });
    }
}

package dev.httpcodes.server.httpbin;

import dev.httpcodes.core.Registry;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/** Mounts the go-httpbin endpoint families on a router; the one entry point the route table calls. */
public final class HttpbinRoutes {
    private HttpbinRoutes() {
    }

    public static void register(Router router, Registry registry) {
        HttpbinReplies replies = new HttpbinReplies(registry);
        CookieEndpoints cookies = new CookieEndpoints(replies);
        router.route("/cookies").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(cookies::list);
        router.route("/cookies/set").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(cookies::set);
        router.route("/cookies/delete").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(cookies::delete);
    }
}

package dev.httpcodes.server.pages;

import dev.httpcodes.server.protocol.Responses;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The stylesheet and script, served from the jar with validators; no CDN, no inline code (the CSP forbids it). */
public final class Assets {
    private final Map<String, String[]> files = Map.of(
            "app.css", new String[] {"text/css; charset=utf-8", read("app.css")},
            "app.js", new String[] {"text/javascript; charset=utf-8", read("app.js")});

    private final Handler<RoutingContext> notFound;

    public Assets(Handler<RoutingContext> notFound) {
        this.notFound = notFound;
    }

    public void serve(RoutingContext ctx) {
        String[] file = files.get(ctx.pathParam("name"));
        if (file == null) {
            notFound.handle(ctx);
            return;
        }
        Responses.send(ctx, 200, file[0], file[1], "public, max-age=3600", null);
    }

    private static String read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/dev/httpcodes/server/assets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("asset " + name + " is missing from the server jar", e));
        }
    }
}

package dev.httpcodes.server;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finished 200 responses by language and request URI. The registry never changes while the server runs, so a page
 * or an API answer rendered once can be sent again as bytes, with its validator already computed. Bounded: past
 * {@link #MAX_ENTRIES} distinct URIs (a client can invent any number of search queries) new ones are simply not
 * cached.
 */
final class ResponseCache {
    static final int MAX_ENTRIES = 4096;
    /** Where {@link Responses#send} finds the key to store a response under. */
    static final String KEY = "httpcodes.cacheKey";

    /** A response as it goes on the wire. */
    record Cached(String contentType, byte[] body, String etag, String cacheControl, String vary) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    /** Wraps a GET handler: answers from the cache when it can, otherwise lets the handler run and keeps its answer. */
    Handler<RoutingContext> wrap(Handler<RoutingContext> handler, boolean page) {
        return ctx -> {
            String key = LanguageChoice.of(ctx) + "|" + ctx.request().uri();
            Cached hit = cache.get(key);
            if (hit != null) {
                if (page) {
                    LanguageChoice.remember(ctx);
                }
                Responses.sendCached(ctx, hit);
                return;
            }
            ctx.put(KEY, key);
            ctx.put(Responses.CACHE, this);
            handler.handle(ctx);
        };
    }

    void store(String key, Cached response) {
        if (cache.size() < MAX_ENTRIES) {
            cache.putIfAbsent(key, response);
        }
    }

    int size() {
        return cache.size();
    }
}

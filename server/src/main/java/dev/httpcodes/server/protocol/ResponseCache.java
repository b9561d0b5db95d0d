package dev.httpcodes.server.protocol;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finished 200 responses, so that a page or an API answer rendered once is sent again as bytes with its validator
 * already computed (the registry never changes while the server runs).
 * <p>
 * A response is kept under its route, its language and only the query parameters that route reads, so
 * {@code ?x=1}, {@code ?x=2} … all find the one entry of the bare path. Cached responses never depend on request
 * headers other than the language (pages show the configured public URL, not the Host header). The cache is
 * bounded in bytes and evicts the least recently used response; one lock guards it, held only for a map operation,
 * so several event loops share it.
 */
public final class ResponseCache {
    /** Where {@link Responses#send} finds the key to store a response under. */
    static final String KEY = "httpcodes.cacheKey";
    /** Bookkeeping a kept response costs besides its body (key, headers, map entry). */
    private static final int OVERHEAD = 256;

    /**
     * A response as it goes on the wire.
     *
     * @param gzip the body in gzip, made once when stored (null for a body too short to be worth it); the weak ETag
     *             covers both codings, as a weak validator may (RFC 9110 §8.8.1)
     */
    public record Cached(String contentType, byte[] body, byte[] gzip, String etag, String cacheControl,
            String vary) {
        public long size(String key) {
            return body.length + (gzip == null ? 0 : gzip.length) + 2L * key.length() + OVERHEAD;
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Cached> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Wraps a GET handler: answers from the cache when it can, otherwise lets the handler run and keeps its answer.
     *
     * @param params the query parameters the handler reads (besides {@code lang}, which the language covers)
     */
    public Handler<RoutingContext> wrap(Handler<RoutingContext> handler, boolean page, String... params) {
        List<String> relevant = List.of(params);
        return ctx -> {
            String key = key(ctx, relevant);
            Cached hit = get(key);
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

    private static String key(RoutingContext ctx, List<String> relevant) {
        StringBuilder b = new StringBuilder(64).append(LanguageChoice.of(ctx).tag()).append(' ')
                .append(ctx.request().path());
        for (String name : relevant) {
            List<String> values = ctx.request().params().getAll(name);
            if (!values.isEmpty()) {
                b.append(' ').append(name);
                for (String v : values) {
                    b.append('=').append(v.length()).append(':').append(v);
                }
            }
        }
        return b.toString();
    }

    public synchronized Cached get(String key) {
        return entries.get(key);
    }

    public void store(String key, Cached response) {
        long size = response.size(key);
        if (size > maxBytes / 4) {
            return; // one response never pushes out most of the others
        }
        synchronized (this) {
            Cached old = entries.put(key, response);
            bytes += size - (old == null ? 0 : old.size(key));
            Iterator<Map.Entry<String, Cached>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                Map.Entry<String, Cached> e = eldest.next();
                bytes -= e.getValue().size(e.getKey());
                eldest.remove();
            }
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }
}

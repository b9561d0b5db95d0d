package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.server.protocol.ResponseCache;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private static ResponseCache.Cached response(int size) {
        return new ResponseCache.Cached("text/plain", new byte[size], null, "W/\"1\"", "no-cache", null);
    }

    @Test
    void staysWithinItsBytesWhateverClientsAskFor() {
        ResponseCache cache = new ResponseCache(1024 * 1024);
        for (int i = 0; i < 20_000; i++) {
            cache.store("en /search q=" + i, response(1000));
        }
        assertThat(cache.bytes()).isLessThanOrEqualTo(1024 * 1024);
        assertThat(cache.size()).isGreaterThan(500);
    }

    @Test
    void evictsTheLeastRecentlyUsed() {
        ResponseCache cache = new ResponseCache(10 * (1000 + 256 + 40));
        cache.store("en /codes/404", response(1000));
        for (int i = 0; i < 30; i++) {
            assertThat(cache.get("en /codes/404")).as("kept while used").isNotNull();
            cache.store("en /search q=" + i, response(1000));
        }
        assertThat(cache.get("en /search q=0")).as("unused, evicted").isNull();
    }
}

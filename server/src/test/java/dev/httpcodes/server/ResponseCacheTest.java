package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    @Test
    void staysBoundedWhateverClientsAskFor() {
        ResponseCache cache = new ResponseCache();
        ResponseCache.Cached response = new ResponseCache.Cached("text/plain", new byte[] {1}, "W/\"1\"", "no-cache",
                null);
        for (int i = 0; i < ResponseCache.MAX_ENTRIES + 500; i++) {
            cache.store("EN|/search?q=" + i, response);
        }
        assertThat(cache.size()).isEqualTo(ResponseCache.MAX_ENTRIES);
    }
}

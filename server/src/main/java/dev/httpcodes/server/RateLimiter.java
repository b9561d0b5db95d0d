package dev.httpcodes.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters for {@code /ratelimit}, by client address and policy. Bounded: windows that have ended are
 * dropped when the table fills, and past {@link #MAX_KEYS} live windows new clients share one overflow window.
 */
final class RateLimiter {
    static final int MAX_KEYS = 10_000;
    static final int MAX_LIMIT = 100_000;
    static final int MAX_WINDOW_SECONDS = 3600;
    private static final String OVERFLOW = "overflow";

    record Decision(boolean allowed, int remaining, long resetSeconds) {
    }

    private record Window(long start, long length, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    Decision take(String key, int limit, long windowMillis, long now) {
        if (windows.size() >= MAX_KEYS && !windows.containsKey(key)) {
            windows.values().removeIf(w -> now >= w.start() + w.length());
            if (windows.size() >= MAX_KEYS) {
                key = OVERFLOW;
            }
        }
        Window w = windows.compute(key, (k, old) -> old == null || now >= old.start() + old.length()
                ? new Window(now, windowMillis, 1) : new Window(old.start(), old.length(), old.count() + 1));
        long reset = Math.max(1, (w.start() + w.length() - now + 999) / 1000);
        return new Decision(w.count() <= limit, Math.max(0, limit - w.count()), reset);
    }

    int size() {
        return windows.size();
    }
}

package dev.httpcodes.logs.samples;

import java.time.Instant;
import java.util.Random;

/** Realistic field values the generators share: clients, paths, agents, hosts, times. */
final class SampleValues {
    static final String[] PATHS = {"/", "/index.html", "/api/v1/orders", "/api/v1/orders/7781", "/static/app.3f9a1c.js",
        "/static/logo.svg", "/login", "/search", "/images/hero-1600.webp", "/api/v2/cart/items", "/healthz",
        "/wp-login.php", "/.env", "/favicon.ico", "/docs/getting-started"};
    static final String[] AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
                + "Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "curl/8.5.0",
        "Googlebot/2.1 (+http://www.google.com/bot.html)", "python-requests/2.32.3", "okhttp/4.12.0"};
    static final String[] HOSTS = {"www.example.com", "api.example.com", "static.example.net"};
    static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "HEAD", "PUT", "DELETE"};

    private final Random random;
    long time = 1_795_000_000L;

    SampleValues(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < clients.length; i++) {
            clients[i] = i < clients.length - 30 ? newIpv4()
                    : "2001:db8:" + Integer.toHexString(random.nextInt(0xffff)) + "::" + (random.nextInt(99) + 1);
        }
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Clients come from a pool, as in real traffic (a few hundred addresses, some IPv6), which also keeps the top
     * lists exact (fewer distinct values than the counters' capacity), so reports do not depend on thread count.
     */
    private final String[] clients = new String[300];

    String ipv4() {
        return clients[random.nextInt(clients.length - 30)];
    }

    String client() {
        return clients[random.nextInt(clients.length)];
    }

    private String newIpv4() {
        return (random.nextInt(200) + 11) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (random.nextInt(254) + 1);
    }

    String backend() {
        return "10.0." + random.nextInt(4) + "." + (random.nextInt(20) + 10) + ":" + (chance(50) ? 8080 : 3000);
    }

    String path() {
        return pick(PATHS);
    }

    String query() {
        return chance(20) ? "?q=" + random.nextInt(1000) + "&page=" + random.nextInt(9) : "";
    }

    String agent() {
        return pick(AGENTS);
    }

    String host() {
        return pick(HOSTS);
    }

    String hex(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(Character.forDigit(random.nextInt(16), 16));
        }
        return b.toString();
    }

    String uuid() {
        return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-a" + hex(3) + "-" + hex(12);
    }

    /** The next time, a few milliseconds to seconds later than the last. */
    Instant tick() {
        time += random.nextInt(3);
        return Instant.ofEpochSecond(time, random.nextInt(1000) * 1_000_000L);
    }

    /** A latency in milliseconds, long-tailed. */
    int millis() {
        int base = 2 + random.nextInt(80);
        return chance(5) ? base * (20 + random.nextInt(200)) : base;
    }
}

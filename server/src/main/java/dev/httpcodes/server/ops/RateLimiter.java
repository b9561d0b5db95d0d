package dev.httpcodes.server.ops;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters for {@code /ratelimit}, by client and policy (limit and window).
 * <p>
 * Bounded per client and in total, and no client can touch another's windows: each client keeps at most
 * {@link #MAX_POLICIES_PER_CLIENT} policies (a new one pushes out that client's least recently used one), and past
 * {@link #MAX_CLIENTS} clients, clients whose windows have all ended are dropped; if every client is still live,
 * a new client is refused (the endpoint answers 503) instead of sharing or evicting anyone's window. An IPv6 client
 * is its /64, since one host usually holds a whole /64.
 */
public final class RateLimiter {
    static final int MAX_CLIENTS = 50_000;
    static final int MAX_POLICIES_PER_CLIENT = 16;
    public static final int MAX_LIMIT = 100_000;
    public static final int MAX_WINDOW_SECONDS = 3600;

    public record Decision(boolean allowed, int remaining, long resetSeconds) {
    }

    private static final class Window {
        long start;
        long length;
        int count;
    }

    /** One client's windows by policy; guarded by itself. */
    private static final class Client extends LinkedHashMap<String, Window> {
        private static final long serialVersionUID = 1L;
        long lastEnd;

        Client() {
            super(4, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_POLICIES_PER_CLIENT;
        }
    }

    private final ConcurrentHashMap<String, Client> clients = new ConcurrentHashMap<>();
    private final int maxClients;

    public RateLimiter() {
        this(MAX_CLIENTS);
    }

    public RateLimiter(int maxClients) {
        this.maxClients = maxClients;
    }

    /** Counts one request; empty when the table is full of live clients and this one is new. */
    public Optional<Decision> take(String client, int limit, long windowMillis, long now) {
        Client c = clients.get(client);
        if (c == null) {
            if (clients.size() >= maxClients) {
                clients.values().removeIf(old -> {
                    synchronized (old) {
                        return now >= old.lastEnd;
                    }
                });
                if (clients.size() >= maxClients) {
                    return Optional.empty();
                }
            }
            c = clients.computeIfAbsent(client, k -> new Client());
        }
        synchronized (c) {
            String policy = limit + "/" + windowMillis;
            Window w = c.get(policy);
            if (w == null) {
                w = new Window();
                c.put(policy, w);
            }
            if (w.count == 0 || now >= w.start + w.length) {
                w.start = now;
                w.length = windowMillis;
                w.count = 0;
            }
            w.count++;
            long end = w.start + w.length;
            // The client stays while any window it holds runs (a pushed-out policy no longer counts).
            long last = 0;
            for (Iterator<Window> it = c.values().iterator(); it.hasNext();) {
                Window held = it.next();
                last = Math.max(last, held.start + held.length);
            }
            c.lastEnd = last;
            long reset = Math.max(1, (end - now + 999) / 1000);
            return Optional.of(new Decision(w.count <= limit, Math.max(0, limit - w.count), reset));
        }
    }

    /**
     * The key of a client address: the address itself for IPv4, its first 64 bits for IPv6.
     */
    public static String clientKey(String address) {
        if (address == null) {
            return "-";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] b = java.net.InetAddress.getByName(address.startsWith("[") ? address.substring(1,
                    address.length() - 1) : address).getAddress();
            if (b.length == 16) {
                StringBuilder s = new StringBuilder("v6:");
                for (int i = 0; i < 8; i++) {
                    s.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
                }
                return s.toString();
            }
        } catch (java.net.UnknownHostException e) {
            // a literal address never needs a lookup; fall through to the text as it is
        }
        return address;
    }

    int clients() {
        return clients.size();
    }
}

package dev.httpcodes.check.fetch;

import dev.httpcodes.check.http.Chain;
import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.NetworkFailure;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a request hop by hop: each redirect is a new request, made the way browsers make it (RFC 9110 §15.4:
 * 303 becomes GET, 301 and 302 turn POST into GET, 307 and 308 keep method and content), until a final response,
 * a loop, the redirect limit or a network failure. Credentials given with {@code -H} are not sent to another origin.
 */
public final class Fetcher {
    private static final Set<String> CREDENTIALS = Set.of("authorization", "cookie", "proxy-authorization");
    private final FetchOptions options;

    public Fetcher(FetchOptions options) {
        this.options = options;
    }

    public Chain fetch(URI start) throws InterruptedException {
        List<Hop> hops = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        URI uri = start;
        String method = options.method();
        byte[] body = options.body();
        List<HeaderFields.Field> headers = options.headers();
        Http2Exchange h2 = null;
        try {
            while (true) {
                seen.add(method + " " + uri);
                Hop hop;
                try {
                    long begin = System.nanoTime();
                    long deadline = begin + options.timeout().toNanos();
                    try (Connection c = Connection.open(uri, options, deadline)) {
                        if (c.alpn.equals("h2")) {
                            if (h2 == null) {
                                h2 = new Http2Exchange(options);
                            }
                            hop = h2.exchange(c, uri, method, headers, body, options.bodyCap(), begin);
                        } else {
                            hop = Http1Exchange.exchange(c, uri, method, headers, body, options.bodyCap(), begin);
                        }
                    }
                } catch (IOException | IllegalArgumentException e) {
                    NetworkFailure failure = FailureClassifier.classify(e, uri.toString());
                    return new Chain(hops, false, options.maxRedirects(), Optional.of(failure));
                }
                hops.add(hop);
                Optional<URI> next = next(hop, uri);
                if (next.isEmpty()) {
                    return new Chain(hops, false, options.maxRedirects(), Optional.empty());
                }
                String nextMethod = nextMethod(hop.status(), method);
                if (!nextMethod.equals(method)) {
                    body = null;
                    headers = withoutContentFields(headers);
                }
                if (!sameOrigin(uri, next.get())) {
                    headers = withoutCredentials(headers);
                }
                if (seen.contains(nextMethod + " " + next.get())) {
                    return new Chain(hops, false, options.maxRedirects(), Optional.empty());
                }
                if (hops.size() > options.maxRedirects()) {
                    return new Chain(hops, true, options.maxRedirects(), Optional.empty());
                }
                uri = next.get();
                method = nextMethod;
            }
        } finally {
            if (h2 != null) {
                h2.close();
            }
        }
    }

    /** Where a redirect leads, when it is one a client follows and its Location is a usable http(s) URI. */
    public static Optional<URI> next(Hop hop, URI base) {
        int s = hop.status();
        if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308) {
            return Optional.empty();
        }
        Optional<String> location = hop.headers().first("Location");
        if (location.isEmpty()) {
            return Optional.empty();
        }
        try {
            String value = location.get().strip();
            // An empty reference is the base itself (RFC 3986 §5.2.2); URI.resolve would drop the last segment.
            URI target = value.isEmpty() ? base : base.resolve(new URI(value));
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || target.getHost() == null) {
                return Optional.empty();
            }
            // The fragment stays with the client (RFC 9110 §10.2.2) and is never sent.
            String text = target.toString();
            int hash = text.indexOf('#');
            return Optional.of(hash < 0 ? target : URI.create(text.substring(0, hash)));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The method a user agent uses to follow a redirect (RFC 9110 §15.4.2-§15.4.4). */
    public static String nextMethod(int status, String method) {
        if (status == 303 && !method.equals("HEAD")) {
            return "GET";
        }
        if ((status == 301 || status == 302) && method.equals("POST")) {
            return "GET";
        }
        return method;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && Connection.port(a) == Connection.port(b);
    }

    private static List<HeaderFields.Field> withoutCredentials(List<HeaderFields.Field> headers) {
        return headers.stream().filter(f -> !CREDENTIALS.contains(f.name().toLowerCase(Locale.ROOT))).toList();
    }

    private static List<HeaderFields.Field> withoutContentFields(List<HeaderFields.Field> headers) {
        return headers.stream().filter(f -> !f.name().toLowerCase(Locale.ROOT).startsWith("content-")).toList();
    }
}

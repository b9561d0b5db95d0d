package dev.httpcodes.check.fetch;

import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.Response;
import dev.httpcodes.check.http.Timings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * HTTP/2 through the JDK client, used when TLS negotiates h2. The client hides interim responses and connects on
 * its own, so DNS, connect and TLS times come from the probe connection that learnt h2 was on offer.
 */
final class Http2Exchange implements AutoCloseable {
    /** Connection-specific fields HTTP/2 forbids (RFC 9113 §8.2.2), and the ones the JDK client sets itself. */
    private static final Set<String> NOT_SENT = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "upgrade", "host", "content-length", "expect", "te");

    private final HttpClient client;

    Http2Exchange(FetchOptions options) throws SSLException {
        try {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(options.timeout())
                    .sslContext(TrustAny.context(options.insecure())).build();
        } catch (GeneralSecurityException e) {
            throw new SSLException("no TLS context: " + e.getMessage(), e);
        }
    }

    Hop exchange(Connection probe, URI uri, String method, List<HeaderFields.Field> userHeaders, byte[] body,
            int cap, long start) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(Connection.remaining(probe.deadline)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        List<HeaderFields.Field> sent = new ArrayList<>();
        for (HeaderFields.Field f : userHeaders) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (name.equals("expect") && f.value().strip().equalsIgnoreCase("100-continue")) {
                request.expectContinue(true);
                sent.add(f);
            } else if (!NOT_SENT.contains(name)) {
                request.header(f.name(), f.value());
                sent.add(f);
            }
        }
        long sentAt = System.nanoTime();
        CompletableFuture<HttpResponse<Captured>> future = client.sendAsync(request.build(),
                info -> new CappedSubscriber(cap, System.nanoTime()));
        HttpResponse<Captured> r;
        try {
            r = future.get(Connection.remaining(probe.deadline), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new java.net.http.HttpTimeoutException("no complete response within the timeout");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
        List<HeaderFields.Field> fields = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : r.headers().map().entrySet()) {
            if (!e.getKey().startsWith(":")) {
                for (String v : e.getValue()) {
                    fields.add(new HeaderFields.Field(e.getKey(), v));
                }
            }
        }
        Captured c = r.body();
        long end = System.nanoTime();
        HeaderFields headers = new HeaderFields(fields);
        String protocol = r.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        Timings t = new Timings(probe.dnsMs, probe.connectMs, probe.tlsMs, Connection.ms(sentAt, c.headersAt),
                Connection.ms(start, end), "probe");
        return new Hop(method, uri.toString(), new HeaderFields(sent), protocol, List.of(), false,
                new Response(r.statusCode(), "", headers), ContentDecoding.decode(headers, c.bytes, c.truncated),
                c.truncated, false, t);
    }

    @Override
    public void close() {
        // HttpClient is AutoCloseable from JDK 21 only; on 17 its threads end when it becomes unreachable.
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Nothing left to do with a client that fails to close.
            }
        }
    }

    private record Captured(byte[] bytes, boolean truncated, long headersAt) {
    }

    /** Collects at most {@code cap} bytes, then cancels the rest of the body. */
    private static final class CappedSubscriber implements HttpResponse.BodySubscriber<Captured> {
        private final int cap;
        private final long headersAt;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<Captured> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedSubscriber(int cap, long headersAt) {
            this.cap = cap;
            this.headersAt = headersAt;
        }

        @Override
        public CompletionStage<Captured> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                int n = Math.min(b.remaining(), cap - bytes.size());
                byte[] part = new byte[n];
                b.get(part);
                bytes.write(part, 0, n);
                if (b.hasRemaining()) {
                    subscription.cancel();
                    result.complete(new Captured(bytes.toByteArray(), true, headersAt));
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new Captured(bytes.toByteArray(), false, headersAt));
        }
    }
}

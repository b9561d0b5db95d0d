package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Sleeps hold no thread; HTTPS with a self-signed certificate speaks HTTP/2 by ALPN; the plain port answers an h2c
 * upgrade request in HTTP/1.1, whole.
 */
class ConcurrencyAndTlsTest {
    private static final int REQUESTS = 10_000;
    /** Each sleep: the time all 10,000 have to be sent before the first wakes (well under the 5-minute cap). */
    private static final int SLEEP_MS = 20_000;
    /** Sleeping at once, at least: far beyond any pool of threads the process has. */
    private static final int TOGETHER = 2_000;
    private static final Pattern SLOW_IN_FLIGHT = Pattern.compile(
            "(?m)^http_server_slow_responses_in_flight (\\S+)$");

    @Test
    void tenThousandSleepsAreInFlightByThousandsOnAFewThreadsAndAllAnswered() throws Exception {
        HttpcodesServer server = HttpcodesServer.start(ServerConfig.ephemeral()
                .withTls(new ServerConfig.Tls(0, Optional.empty(), Optional.empty())));
        Vertx vertx = Vertx.vertx();
        try {
            // HTTP/2 over TLS: 10,000 streams over 20 connections, so neither side runs out of sockets.
            HttpClientAgent client = vertx.createHttpClient(new HttpClientOptions()
                    .setProtocolVersion(HttpVersion.HTTP_2).setSsl(true).setUseAlpn(true).setTrustAll(true)
                    .setVerifyHost(false)
                    .setDefaultHost("127.0.0.1").setDefaultPort(server.tlsPort().orElseThrow()),
                    new PoolOptions().setHttp2MaxSize(20).setMaxWaitQueueSize(REQUESTS));
            int threadsBefore = Thread.activeCount();
            List<Future<Integer>> answers = new ArrayList<>(REQUESTS);
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(client.request(HttpMethod.GET, "/200?sleep=" + SLEEP_MS)
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> response.statusCode())));
            }
            // Proof that the sleeps overlap, by the server's own count rather than a stopwatch: thousands are
            // sleeping at once before any of them is answered, on fewer than 20 added threads. A server sleeping one
            // request at a time, or a thread per sleep, never shows that. Not all 10,000: on a loaded machine
            // sending them took longer than a 10 s sleep (5,804 were in at a load average of 25).
            Client metrics = new Client(server.port(), java.net.http.HttpClient.Version.HTTP_1_1);
            double most = 0;
            boolean anyAnswered = false;
            for (int polls = 0; polls < 10_000 && most < REQUESTS && !anyAnswered; polls++) {
                anyAnswered = answers.stream().anyMatch(Future::isComplete);
                String body;
                try {
                    body = metrics.get("/metrics").body();
                } catch (java.io.UncheckedIOException | IllegalStateException slowPoll) {
                    continue; // a poll starved by a loaded machine proves nothing either way; the next one may
                }
                Matcher m = SLOW_IN_FLIGHT.matcher(body);
                assertThat(m.find()).isTrue();
                most = Math.max(most, Double.parseDouble(m.group(1)));
            }
            int threadsDuring = Thread.activeCount();
            assertThat(most).as("sleeping at once before the first answer").isGreaterThanOrEqualTo(TOGETHER);
            assertThat(threadsDuring - threadsBefore).as("threads added while 10,000 requests slept")
                    .isLessThan(20);
            Future.all(answers).await(60, TimeUnit.SECONDS);
            assertThat(answers).allSatisfy(a -> assertThat(a.result()).isEqualTo(200));
            client.close().await();
        } finally {
            vertx.close().await();
            server.stop();
        }
    }

    @Test
    void httpsWithASelfSignedCertificateSpeaksHttp2() throws Exception {
        HttpcodesServer server = HttpcodesServer.start(ServerConfig.ephemeral()
                .withTls(new ServerConfig.Tls(0, Optional.empty(), Optional.empty())));
        try {
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            HttpClient https = HttpClient.newBuilder().sslContext(trustAll).version(HttpClient.Version.HTTP_2)
                    .connectTimeout(Duration.ofSeconds(30)).build(); // the TLS handshake counts; slow on a loaded machine
            // "localhost": the self-signed certificate names it, and the JDK client checks the name.
            HttpResponse<String> r = https.send(HttpRequest.newBuilder(URI.create("https://localhost:"
                    + server.tlsPort().orElseThrow() + "/418")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(418);
            assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(r.body()).startsWith("418 ");

            // The JDK client asks for an h2c upgrade on plain HTTP; the answer is HTTP/1.1, and a page of several
            // HTTP/2 frames' worth (the one an upgraded stream could lose) arrives whole.
            HttpClient upgrading = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> plain = upgrading.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/api/openapi.json")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(Client.json(plain).path("openapi").asString()).as("the whole document parses").isNotEmpty();
        } finally {
            server.stop();
        }
    }
}

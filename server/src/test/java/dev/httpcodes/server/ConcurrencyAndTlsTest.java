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

/** Sleeps hold no thread; HTTPS with a self-signed certificate speaks HTTP/2 by ALPN; the plain port speaks h2c. */
class ConcurrencyAndTlsTest {
    private static final int REQUESTS = 10_000;
    /** The longest sleep a client may ask for: the most time for all 10,000 to be sent before the first wakes. */
    private static final int SLEEP_MS = 10_000;
    private static final Pattern SLOW_IN_FLIGHT = Pattern.compile(
            "(?m)^http_server_slow_responses_in_flight (\\S+)$");

    @Test
    void tenThousandSleepsAreAllInFlightTogetherOnAFewThreadsAndAllAnswered() throws Exception {
        HttpcodesServer server = HttpcodesServer.start(ServerConfig.ephemeral());
        Vertx vertx = Vertx.vertx();
        try {
            // HTTP/2 with prior knowledge: 10,000 streams over 20 connections, so neither side runs out of sockets.
            HttpClientAgent client = vertx.createHttpClient(new HttpClientOptions()
                    .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false)
                    .setDefaultHost("127.0.0.1").setDefaultPort(server.port()),
                    new PoolOptions().setHttp2MaxSize(20).setMaxWaitQueueSize(REQUESTS));
            int threadsBefore = Thread.activeCount();
            List<Future<Integer>> answers = new ArrayList<>(REQUESTS);
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(client.request(HttpMethod.GET, "/200?sleep=" + SLEEP_MS)
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> response.statusCode())));
            }
            // Proof that the sleeps overlap, by the server's own count rather than a stopwatch: all 10,000 are
            // sleeping at once before any of them is answered. A server sleeping one request at a time, or a
            // few at a time on a thread pool, never shows 10,000.
            Client metrics = new Client(server.port(), java.net.http.HttpClient.Version.HTTP_1_1);
            double most = 0;
            boolean anyAnswered = false;
            for (int polls = 0; polls < 10_000 && most < REQUESTS && !anyAnswered; polls++) {
                anyAnswered = answers.stream().anyMatch(Future::isComplete);
                Matcher m = SLOW_IN_FLIGHT.matcher(metrics.get("/metrics").body());
                assertThat(m.find()).isTrue();
                most = Math.max(most, Double.parseDouble(m.group(1)));
            }
            int threadsDuring = Thread.activeCount();
            assertThat(most).as("sleeping at once before the first answer").isEqualTo(REQUESTS);
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
                    .connectTimeout(Duration.ofSeconds(5)).build();
            // "localhost": the self-signed certificate names it, and the JDK client checks the name.
            HttpResponse<String> r = https.send(HttpRequest.newBuilder(URI.create("https://localhost:"
                    + server.tlsPort().orElseThrow() + "/status/418")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(418);
            assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(r.body()).startsWith("418 ");

            HttpClient h2c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
            HttpResponse<String> plain = h2c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/503")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> again = h2c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/503")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(503);
            assertThat(again.version()).as("h2c after the upgrade").isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(plain.statusCode()).isEqualTo(503);
        } finally {
            server.stop();
        }
    }
}

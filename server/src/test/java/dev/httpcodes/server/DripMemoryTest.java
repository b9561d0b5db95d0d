package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * 300 slow readers of 1 MiB drips against a server process with a 256 MB heap: the server holds no body in memory
 * (a slow reader pauses its drip), so its resident memory grows by less than 250 MB; the bodies read to the end are
 * whole, the readers that hang up mid-body are let go, and the server survives and answers.
 */
class DripMemoryTest {
    private static final int DOWNLOADS = 300;
    private static final int BYTES = 1_048_576;
    private static final int DURATION_SECONDS = 8;
    /** The readers take 1 KiB per connection every 40 ms, 25 KiB/s: a fifth of the drip's 128 KiB/s. */
    private static final int SLOW_READ = 1024;
    private static final long ROUND_NANOS = TimeUnit.MILLISECONDS.toNanos(40);
    /** Downloads read to the end after the slow phase; the rest are closed mid-body. */
    private static final int FINISHED = 20;
    private static final long MAX_GROWTH = 250L * 1024 * 1024;

    /** One download: what arrived so far. */
    private static final class Download {
        final SocketChannel channel;
        final StringBuilder head = new StringBuilder();
        long stars;
        long bytes;
        final byte[] tail = new byte[5];
        boolean ended;
        boolean inBody;

        Download(SocketChannel channel) {
            this.channel = channel;
        }

        /** Reads what is there, up to {@code most} bytes; false at the end of the stream. */
        boolean read(ByteBuffer buffer, int most) throws IOException {
            buffer.clear().limit(most);
            int n = channel.read(buffer);
            if (n < 0) {
                ended = true;
                channel.close();
                return false;
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer.get(i);
                if (!inBody) {
                    // The head may hold asterisks too (Access-Control-Allow-Origin: *): only the body's count.
                    head.append((char) b);
                    inBody = head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4;
                } else if (b == '*') {
                    stars++;
                }
                tail[(int) (bytes++ % 5)] = b;
            }
            return true;
        }

        String tail() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                s.append((char) tail[(int) ((bytes + i) % 5)]);
            }
            return s.toString();
        }
    }

    @Test
    void threeHundredSlowOneMebibyteDripsKeepResidentMemoryGrowthUnder250MegabytesAndTheServerAnswers()
            throws Exception {
        try (ChildServer child = ChildServer.start(List.of("-Xmx256m"), "off", 2)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + child.port;
            // Warm up the paths the test takes, so class loading is not counted as growth.
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/drip?numbytes=100000&duration=0"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .hasSize(100_000);
            long before = child.residentBytes();

            List<Download> downloads = new ArrayList<>();
            byte[] request = ("GET /drip?numbytes=" + BYTES + "&duration=" + DURATION_SECONDS
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < DOWNLOADS; i++) {
                    SocketChannel c = SocketChannel.open();
                    downloads.add(new Download(c));
                    // Small enough that the server, not this process, has to hold back what the reader has not taken; large
                    // enough that the fast phase is not held to a few kilobytes a round trip on a loaded machine.
                    c.setOption(StandardSocketOptions.SO_RCVBUF, 64 * 1024);
                    c.connect(new InetSocketAddress("127.0.0.1", child.port));
                    c.write(ByteBuffer.wrap(request));
                    c.configureBlocking(false);
                }
                ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                long peak = before;
                // Slow phase, bounded by rounds: through the drips' whole duration and two seconds more.
                int rounds = (int) (TimeUnit.SECONDS.toNanos(DURATION_SECONDS + 2) / ROUND_NANOS);
                long next = System.nanoTime();
                for (int round = 0; round < rounds; round++) {
                    for (Download d : downloads) {
                        if (!d.ended) {
                            d.read(buffer, SLOW_READ);
                        }
                    }
                    peak = Math.max(peak, child.residentBytes());
                    next += ROUND_NANOS;
                    LockSupport.parkNanos(next - System.nanoTime()); // a slow reader's pace
                }
                assertThat(child.process.isAlive()).isTrue();
                assertThat(downloads).as("still downloading after the slow phase")
                        .anyMatch(d -> !d.ended && d.stars < BYTES);

                // Then read some to the end at full speed: their bodies arrive whole. The others are cut off
                // mid-body, as impatient clients do; the server must let go of them and keep answering. (Reading
                // all 300 to the end took over 40 s at a load average of 30.)
                List<Download> finished = downloads.subList(0, FINISHED);
                for (Download d : downloads.subList(FINISHED, downloads.size())) {
                    // On a loaded machine some have had little or nothing yet: no more than the body, though.
                    assertThat(d.stars).as("body bytes so far").isLessThanOrEqualTo(BYTES);
                    d.channel.close();
                }
                try (Selector selector = Selector.open()) {
                    for (Download d : finished) {
                        if (!d.ended) {
                            d.channel.register(selector, SelectionKey.OP_READ, d);
                        }
                    }
                    // A bound on the wait, not a timing claim: a quiet machine drains in seconds, a loaded one
                    // much slower.
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    while (!selector.keys().isEmpty() && System.nanoTime() < deadline) {
                        selector.select(1000);
                        for (SelectionKey key : selector.selectedKeys()) {
                            ((Download) key.attachment()).read(buffer, buffer.capacity());
                        }
                        selector.selectedKeys().clear();
                        peak = Math.max(peak, child.residentBytes());
                    }
                }
                for (Download d : finished) {
                    assertThat(d.head.toString()).startsWith("HTTP/1.1 200");
                    assertThat(d.stars).as("body bytes").isEqualTo(BYTES);
                    // Content-Length framing, as go-httpbin's drip: the body ends with its last asterisk.
                    assertThat(d.head.toString().toLowerCase(java.util.Locale.ROOT))
                            .contains("content-length: " + BYTES + "\r\n");
                    assertThat(d.tail()).as("the end of the body").isEqualTo("*****");
                    assertThat(d.ended).isTrue();
                }
                System.out.printf("DripMemoryTest: resident %d MB before, peak %d MB (growth %d MB)%n",
                        before >> 20, peak >> 20, (peak - before) >> 20);
                assertThat(peak - before).as("resident memory growth, bytes").isLessThan(MAX_GROWTH);
            } finally {
                for (Download d : downloads) {
                    d.channel.close();
                }
            }
            assertThat(child.process.isAlive()).isTrue();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/200")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            assertThat(child.stop(30)).as("stopped cleanly").isTrue();
        }
    }
}

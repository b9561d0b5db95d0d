package dev.httpcodes.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The access log against a sink the test stalls: every line is written or counted, and the operator is told. */
class AccessLogTest {
    private static final Pattern WARNING = Pattern.compile(
            "httpcodes: access log stalled cannot keep up: (\\d+) lines dropped \\((\\d+) in all\\)");
    private static final Pattern TOTAL = Pattern.compile("httpcodes: access log stalled: (\\d+) lines dropped in all");

    /** A sink whose writes block until released; it counts the lines it was given. */
    static final class StalledSink extends OutputStream {
        final CountDownLatch released = new CountDownLatch(1);
        final AtomicLong lines = new AtomicLong();

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                if (!released.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines.incrementAndGet();
                }
            }
        }
    }

    /** Stderr as lines, for the test to wait on. */
    static final class Lines extends OutputStream {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(current.toString());
                current.setLength(0);
            } else {
                current.append((char) b);
            }
        }
    }

    private static HttpServerRequest request(String uri) {
        return (HttpServerRequest) Proxy.newProxyInstance(AccessLogTest.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "remoteAddress" -> SocketAddress.inetSocketAddress(40000, "127.0.0.1");
                    case "method" -> HttpMethod.GET;
                    case "uri" -> uri;
                    case "version" -> HttpVersion.HTTP_1_1;
                    case "getHeader" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aStalledSinkDropsLinesThatAreCountedWarnedAboutWhileStalledAndTotalledAtStop() throws Exception {
        StalledSink sink = new StalledSink();
        Lines err = new Lines();
        AccessLog log = new AccessLog("stalled", sink, new PrintStream(err, true, StandardCharsets.UTF_8));
        AccessLog.Lines lines = log.lines();
        HttpServerRequest request = request("/200");
        // Far more than the queue holds: 64 chunks of 64 KiB at under 100 bytes a line is under 50,000 lines.
        int logged = 100_000;
        for (int i = 0; i < logged; i++) {
            lines.log(request, 200, 0, null);
        }
        lines.flush();
        long dropped = log.dropped();
        assertThat(dropped).as("lines dropped while the sink is stalled").isPositive();
        assertThat(log.droppedCounter().get()).as("the counter /metrics reads").isEqualTo(dropped);

        // The writer is stuck in the sink, yet warnings come, the last one naming every drop.
        List<Long> warned = new ArrayList<>();
        long inAll = 0;
        while (inAll < dropped) {
            String line = err.lines.poll(10, TimeUnit.SECONDS);
            assertThat(line).as("a warning while the sink is stalled (warned so far: %s)", warned).isNotNull();
            Matcher m = WARNING.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            warned.add(Long.parseLong(m.group(1)));
            inAll = Long.parseLong(m.group(2));
        }
        assertThat(inAll).isEqualTo(dropped);
        assertThat(warned.stream().mapToLong(Long::longValue).sum()).as("the counts since the last warning add up")
                .isEqualTo(dropped);
        assertThat(sink.lines.get()).as("nothing written yet").isZero();

        sink.released.countDown();
        log.close();
        assertThat(sink.lines.get() + log.dropped()).as("every line written or counted").isEqualTo(logged);
        assertThat(log.dropped()).as("no more drops once the sink takes lines").isEqualTo(dropped);
        assertThat(log.written()).isEqualTo(sink.lines.get());
        String total = err.lines.poll(10, TimeUnit.SECONDS);
        assertThat(total).isNotNull();
        Matcher m = TOTAL.matcher(total);
        assertThat(m.matches()).as(total).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(dropped);
        assertThat(err.lines).isEmpty();
    }

    @Test
    void aSinkThatKeepsUpDropsNothingAndNothingIsPrinted() throws Exception {
        StalledSink sink = new StalledSink();
        sink.released.countDown();
        Lines err = new Lines();
        AccessLog log = new AccessLog("stalled", sink, new PrintStream(err, true, StandardCharsets.UTF_8));
        AccessLog.Lines lines = log.lines();
        for (int i = 0; i < 1000; i++) {
            lines.log(request("/404?n=" + i), 404, 10, i % 2 == 0 ? "aborted" : null);
        }
        lines.flush();
        log.close();
        assertThat(sink.lines.get()).isEqualTo(1000);
        assertThat(log.dropped()).isZero();
        assertThat(err.lines).isEmpty();
    }
}

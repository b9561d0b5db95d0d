package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A server process whose access log goes to a standard output nobody reads, as when a log shipper stalls: the
 * lines it cannot write are dropped, and every one of them shows in {@code /metrics}, in the warnings on stderr and
 * in the total at stop, while the server keeps answering.
 */
class AccessLogDropsTest {
    private static final Pattern WARNING = Pattern.compile(
            "httpcodes: access log - cannot keep up: (\\d+) lines dropped \\((\\d+) in all\\)");
    private static final Pattern TOTAL = Pattern.compile("httpcodes: access log -: (\\d+) lines dropped in all");
    private static final Pattern METRIC = Pattern.compile("(?m)^httpcodes_access_log_dropped_lines_total (\\S+)$");
    /**
     * Lines of about 6 kB, so a chunk holds a handful and the queue (64 chunks) and the pipe (64 KiB) fill after a
     * few hundred requests; 1,500 requests then drop most of their lines.
     */
    private static final String AGENT = "a".repeat(6000);
    private static final int REQUESTS = 1500;

    @Test
    void linesDroppedOnAStalledStdoutAreCountedWarnedAboutAndTotalledAtStop() throws Exception {
        try (ChildServer child = ChildServer.start(List.of("-Xmx256m"), "-", 1)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + child.port;
            long logged = 0;
            for (int i = 0; i < REQUESTS; i++) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/200?n=" + i))
                        .header("User-Agent", AGENT).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(r.statusCode()).as("answers while its log is stalled").isEqualTo(200);
                logged++;
            }
            // Nobody has read its stdout yet, and it warns all the same.
            Matcher first = WARNING.matcher(child.nextMatching(WARNING, 20));
            assertThat(first.find()).isTrue();
            List<Long> warned = new ArrayList<>(List.of(Long.parseLong(first.group(1))));

            // Now read the log: the writer catches up, and a marker line shows that everything before it was
            // written or dropped (one event loop: its lines are handed over in order).
            AtomicLong read = new AtomicLong();
            CountDownLatch markerSeen = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        read.incrementAndGet();
                        if (line.contains("GET /204?marker")) {
                            markerSeen.countDown();
                        }
                    }
                } catch (IOException e) {
                    // the child is gone; the counts below tell
                }
            }, "child-stdout");
            reader.setDaemon(true);
            reader.start();
            // A marker sent while the queue is still full may itself be dropped: send another (bounded).
            for (int i = 0; i < 10 && markerSeen.getCount() > 0; i++) {
                http.send(HttpRequest.newBuilder(URI.create(base + "/204?marker=" + i))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                logged++;
                markerSeen.await(3, TimeUnit.SECONDS);
            }
            assertThat(markerSeen.getCount()).as("a marker line reached stdout").isZero();

            String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            logged++;
            Matcher metric = METRIC.matcher(metrics);
            assertThat(metric.find()).as(metrics).isTrue();
            long dropped = (long) Double.parseDouble(metric.group(1));
            assertThat(dropped).as("lines dropped while stdout was stalled").isPositive();

            // The warnings, at most one a second, catch up with every drop.
            long inAll = Long.parseLong(first.group(2));
            while (inAll < dropped) {
                Matcher m = WARNING.matcher(child.nextMatching(WARNING, 10));
                assertThat(m.find()).isTrue();
                warned.add(Long.parseLong(m.group(1)));
                inAll = Long.parseLong(m.group(2));
            }
            assertThat(inAll).as("the last warning's total").isEqualTo(dropped);
            assertThat(warned.stream().mapToLong(Long::longValue).sum()).as("warned counts add up").isEqualTo(dropped);

            assertThat(child.stop(30)).as("stopped cleanly").isTrue();
            Matcher total = TOTAL.matcher(child.nextMatching(TOTAL, 10));
            assertThat(total.find()).isTrue();
            assertThat(Long.parseLong(total.group(1))).as("total at stop").isEqualTo(dropped);
            reader.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(read.get() + dropped).as("every line written or counted as dropped").isEqualTo(logged);
        }
    }
}

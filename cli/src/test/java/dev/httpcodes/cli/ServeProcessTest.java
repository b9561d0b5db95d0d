package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code httpcodes serve} as a real process: prints its address, serves, logs, and stops cleanly on SIGTERM. */
class ServeProcessTest {
    private static final Pattern ADDRESS = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path temp;

    /** Every child this test started: killed after each test, so a failed assertion leaves no server running. */
    private final List<Process> children = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void killChildren() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Process serve(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        children.add(p);
        return p;
    }

    @Test
    void servesOnAFreePortLogsAndStopsGracefullyOnSigterm() throws Exception {
        Path log = temp.resolve("access.log");
        Process process = serve("--port", "0", "--access-log", log.toString());
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        // The test classpath may add a logging library's start-up notice before our line, and on a loaded machine
        // Vert.x may warn of a slow start-up (a stack trace): the address line is the first that matches.
        String first = err.readLine();
        for (int i = 0; i < 200 && first != null && !ADDRESS.matcher(first).find(); i++) {
            first = err.readLine();
        }
        Matcher m = ADDRESS.matcher(first == null ? "" : first);
        assertThat(m.find()).as("address line: %s", first).isTrue();
        int port = Integer.parseInt(m.group(1));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/healthz")).header("User-Agent", "serve-test").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its streams
        String rest = err.lines().reduce("", (a, b) -> a + b + "\n"); // until the process closes its stderr
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(rest).isEqualTo("httpcodes: stopped\n");
        assertThat(Files.readAllLines(log)).anySatisfy(line -> assertThat(line)
                .matches("127\\.0\\.0\\.1 - - \\[[^]]+\\] \"GET /healthz HTTP/(1\\.1|2\\.0)\" 200 \\d+ \"-\" \"serve-test\""));
    }

    @Test
    void sigtermLetsARequestInFlightFinish() throws Exception {
        Process process = serve("--port", "0", "--access-log", "off");
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line = err.readLine();
        for (int i = 0; i < 200 && line != null && !ADDRESS.matcher(line).find(); i++) {
            line = err.readLine();
        }
        Matcher m = ADDRESS.matcher(line == null ? "" : line);
        assertThat(m.find()).isTrue();
        String base = "http://127.0.0.1:" + m.group(1);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var slow = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/200?sleep=1500")).build(),
                HttpResponse.BodyHandlers.ofString());
        // Wait (bounded) until the server reports the slow request in flight, besides the /metrics request itself.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean inFlight = false;
        while (!inFlight && System.nanoTime() < deadline) {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            inFlight = metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_in_flight ")
                    && Double.parseDouble(l.substring(l.indexOf(' ') + 1)) >= 2);
        }
        assertThat(inFlight).as("the slow request reached the server").isTrue();
        process.toHandle().destroy(); // SIGTERM while the request sleeps
        assertThat(slow.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void aPortInUseIsOneClearLineAndExitOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = serve("--port", Integer.toString(taken.getLocalPort()), "--access-log", "off");
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).isEqualTo(ExitCode.NOTHING_FOUND);
            assertThat(err).contains("httpcodes: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void badPortIsAUsageError() {
        Run run = Run.of("serve", "--port", "70000");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--port must be 0-65535, not 70000");
        Run notNumber = Run.of("serve", "--port", "http");
        assertThat(notNumber.exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aPrefixThatIsNoPlainPathIsAUsageError() {
        for (String bad : new String[] {"httpbin", "/httpbin/", "/a/../b", "/a b"}) {
            Run run = Run.of("serve", "--port", "0", "--prefix", bad);
            assertThat(run.exit()).as(bad).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(bad).contains("--prefix must be a path such as /httpbin").doesNotContain("\tat ");
        }
    }
}

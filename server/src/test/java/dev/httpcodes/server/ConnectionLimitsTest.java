package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a connection may hold, against real servers: the header timeout from accept and between requests (a client
 * trickling bytes is cut, a slow but complete one answered), the cap on open connections, and delays longer than the
 * idle timeout.
 * <p>
 * Pacing comes from reads that time out: each read waits at most {@link #PACE_MS} for the server to close, so the
 * loops below are bounded in bytes and in time, and no test sleeps.
 */
class ConnectionLimitsTest {
    private static final int HEADER_TIMEOUT_MS = 2000;
    private static final int PACE_MS = 300;
    /** Bytes a trickle may send before the test gives up: the timeout plus three seconds, at one byte per pace. */
    private static final int MOST_BYTES = (HEADER_TIMEOUT_MS + 3000) / PACE_MS;
    /** A request head longer than any trickle above sends, so the server never sees it complete. */
    private static final String LONG_HEAD = "GET /200 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + "a".repeat(100)
            + "\r\n\r\n";

    private static HttpcodesServer start(ServerConfig.Capacity capacity, Duration maxDelay) {
        return HttpcodesServer.start(ServerConfig.ephemeral().withMaxDelay(maxDelay).withCapacity(capacity));
    }

    private static ServerConfig.Capacity headerTimeout() {
        return ServerConfig.Capacity.defaults().withEventLoops(2)
                .withHeaderTimeout(Duration.ofMillis(HEADER_TIMEOUT_MS));
    }

    /** Sends {@code text} one byte per pace until the server closes; returns the bytes sent, or -1 if never closed. */
    private static int trickle(Socket socket, String text) throws IOException {
        socket.setSoTimeout(PACE_MS);
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < Math.min(bytes.length, MOST_BYTES); i++) {
            try {
                out.write(bytes[i]);
                out.flush();
                if (in.read() < 0) {
                    return i + 1;
                }
            } catch (SocketTimeoutException stillOpen) {
                continue;
            } catch (SocketException closed) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Reads one response with a Content-Length body; the server must answer within ten seconds. */
    private static String response(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            assertThat(b).as("the server closed before the response was complete").isNotNegative();
            received.write(b);
            String text = received.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                String lower = text.substring(0, end).toLowerCase(Locale.ROOT);
                int at = lower.indexOf("content-length:");
                int eol = lower.indexOf("\r\n", at);
                int length = Integer.parseInt(lower.substring(at + 15, eol < 0 ? end : eol).strip());
                if (text.length() - end - 4 == length) {
                    return text;
                }
            }
        }
    }

    private static boolean closedWithin(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Test
    void aClientTricklingItsFirstRequestHeadIsCut() throws IOException {
        try (HttpcodesServer server = start(headerTimeout(), Duration.ofSeconds(5));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            int sent = trickle(socket, LONG_HEAD);
            assertThat(sent).as("closed while trickling").isPositive();
            // At one byte per pace, the first few bytes arrive well within the timeout.
            assertThat(sent).as("bytes sent before the close").isGreaterThan(2);
            assertThat(new Client(server.port()).get("/metrics").body())
                    .contains("http_server_header_timeouts_total 1.0");
        }
    }

    @Test
    void aTrickledHttp2PrefaceIsCutToo() throws IOException {
        try (HttpcodesServer server = start(headerTimeout(), Duration.ofSeconds(5));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            assertThat(trickle(socket, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")).isPositive();
        }
    }

    @Test
    void aClientThatSendsNothingIsCut() throws IOException {
        try (HttpcodesServer server = start(headerTimeout(), Duration.ofSeconds(5));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            assertThat(closedWithin(socket, HEADER_TIMEOUT_MS + 3000)).isTrue();
        }
    }

    @Test
    void aKeptAliveConnectionGetsTheTimeoutAgainAfterEachResponse() throws IOException {
        try (HttpcodesServer server = start(headerTimeout(), Duration.ofSeconds(5));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /201 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(response(socket.getInputStream())).startsWith("HTTP/1.1 201 ");
            assertThat(trickle(socket, LONG_HEAD)).as("second request head trickled").isPositive();
        }
    }

    @Test
    void aSlowButCompleteRequestHeadIsAnswered() throws IOException {
        try (HttpcodesServer server = start(headerTimeout(), Duration.ofSeconds(5));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            // Three parts a pace apart: slow, but the head is complete well within the timeout.
            for (String part : List.of("GET /202 HT", "TP/1.1\r\nHost: 127.0.0.1\r\n")) {
                socket.getOutputStream().write(part.getBytes(StandardCharsets.US_ASCII));
                assertThat(closedWithin(socket, PACE_MS)).isFalse();
            }
            socket.getOutputStream().write("Accept: text/plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            assertThat(response(socket.getInputStream())).startsWith("HTTP/1.1 202 ");
        }
    }

    @Test
    void connectionsBeyondTheCapAreClosedAndAFreedSlotIsReused() throws IOException {
        int cap = 5;
        try (HttpcodesServer server = start(ServerConfig.Capacity.defaults().withEventLoops(2)
                .withMaxConnections(cap), Duration.ofSeconds(5))) {
            List<Socket> open = new ArrayList<>();
            try {
                for (int i = 0; i < cap; i++) {
                    Socket s = new Socket("127.0.0.1", server.port());
                    open.add(s);
                    // An exchange on each, so all five are admitted before the sixth connects.
                    s.setSoTimeout(10_000);
                    s.getOutputStream().write("GET /200 HTTP/1.1\r\nHost: x\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    assertThat(response(s.getInputStream())).startsWith("HTTP/1.1 200 ");
                }
                try (Socket sixth = new Socket("127.0.0.1", server.port())) {
                    assertThat(closedWithin(sixth, 5000)).as("the sixth connection is closed at once").isTrue();
                }
                open.remove(0).close();
                // The server notices the close on its own time: a bounded number of attempts until a slot is free.
                boolean answered = false;
                for (int attempt = 0; attempt < 50 && !answered; attempt++) {
                    try (Socket again = new Socket("127.0.0.1", server.port())) {
                        again.setSoTimeout(5000);
                        again.getOutputStream().write("GET /203 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        String text = new String(again.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                        answered = text.startsWith("HTTP/1.1 203 ");
                    } catch (SocketException refused) {
                        answered = false;
                    }
                    if (!answered) {
                        // A bounded wait for the server to see the close: a read with a timeout on a silent socket.
                        assertThat(closedWithin(open.get(0), 100)).isFalse();
                    }
                }
                assertThat(answered).as("a new connection works once one is closed").isTrue();
            } finally {
                for (Socket s : open) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aDelayLongerThanTheIdleTimeoutIsAnswered() throws IOException {
        // The idle timeout (1 s here) is lengthened by --max-delay, so delays the server grants are never cut; in
        // production the same rule lets ?sleep=75000 through a 60 s idle timeout when --max-delay allows 75 s.
        try (HttpcodesServer server = start(ServerConfig.Capacity.defaults().withIdleTimeout(Duration.ofSeconds(1)),
                Duration.ofSeconds(3))) {
            RawHttp.Received r = RawHttp.get(server.port(), "/200?sleep=2500");
            assertThat(r.text()).startsWith("HTTP/1.1 200 ");
        }
    }
}

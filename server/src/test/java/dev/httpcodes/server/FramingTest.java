package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 9112 message framing over raw sockets: requests whose length is ambiguous get 400 and a closed connection,
 * and several requests in one write (pipelining) are answered in order, each response intact.
 */
class FramingTest {
    private static HttpcodesServer server;

    @BeforeAll
    static void start() {
        server = HttpcodesServer.start(ServerConfig.ephemeral());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** One response as read off the wire: its status, its head, and its body by Content-Length. */
    record Response(int status, String head, String body) {
    }

    /** What the server sent for {@code bytes} in one write, up to its close (each read waits at most ten seconds). */
    private static String sendAndReadToClose(String bytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketException reset) {
                    break;
                }
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Splits a stream of responses by their Content-Length ({@code headOnly} for responses to HEAD, which carry the
     * length of a body they do not send). Fails on anything that is not a whole response.
     */
    private static List<Response> responses(String text, boolean... headOnly) {
        List<Response> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf("\r\n\r\n", at);
            assertThat(end).as("a complete response head at byte %d of %s", at, text).isPositive();
            String head = text.substring(at, end);
            assertThat(head).as("a status line at byte %d", at).startsWith("HTTP/1.1 ");
            int status = Integer.parseInt(head.substring(9, 12));
            String lower = head.toLowerCase(Locale.ROOT);
            int cl = lower.indexOf("\r\ncontent-length:");
            assertThat(cl).as("response %d has a Content-Length", out.size() + 1).isPositive();
            int eol = lower.indexOf("\r\n", cl + 2);
            int length = Integer.parseInt(lower.substring(cl + 17, eol < 0 ? lower.length() : eol).strip());
            boolean noBody = out.size() < headOnly.length && headOnly[out.size()];
            int bodyEnd = end + 4 + (noBody ? 0 : length);
            assertThat(bodyEnd).as("the body of response %d is complete", out.size() + 1)
                    .isLessThanOrEqualTo(text.length());
            out.add(new Response(status, head, text.substring(end + 4, bodyEnd)));
            at = bodyEnd;
        }
        return out;
    }

    private static void assertRefusedAndClosed(String request, String reason) throws IOException {
        // A request after the refused one: a server that kept the connection open would answer it too.
        String text = sendAndReadToClose(request + "GET /204 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        List<Response> got = responses(text);
        assertThat(got).as("only the 400, then the close: %s", text).hasSize(1);
        assertThat(got.get(0).status()).isEqualTo(400);
        assertThat(got.get(0).head().toLowerCase(Locale.ROOT)).contains("\r\nconnection: close");
        assertThat(got.get(0).body()).contains(reason);
    }

    @Test
    void contentLengthWithChunkedTransferEncodingGets400AndAClose() throws IOException {
        assertRefusedAndClosed("POST /200 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
                "both Content-Length and Transfer-Encoding");
    }

    @Test
    void contentLengthWithAnotherTransferEncodingGets400AndAClose() throws IOException {
        assertRefusedAndClosed("POST /200 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: gzip\r\n\r\nhello", "both Content-Length and Transfer-Encoding");
    }

    @Test
    void aFinalTransferCodingOtherThanChunkedGets400AndAClose() throws IOException {
        assertRefusedAndClosed("POST /200 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
                "final transfer coding");
    }

    @Test
    void chunkedAfterAnotherCodingIsAccepted() throws IOException {
        String text = sendAndReadToClose("POST /201 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
        assertThat(responses(text)).extracting(Response::status).containsExactly(201);
    }

    @Test
    void aDuplicateHostGets400AndAClose() throws IOException {
        assertRefusedAndClosed("GET /200 HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: attacker.example\r\n\r\n",
                "only one Host header field");
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderAndIntact() throws IOException {
        String three = "GET /201 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/plain\r\n\r\n"
                + "GET /202 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/plain\r\n\r\n"
                + "GET /203 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/plain\r\nConnection: close\r\n\r\n";
        List<Response> got = responses(sendAndReadToClose(three));
        assertThat(got).extracting(Response::status).containsExactly(201, 202, 203);
        // Each body is that response's own (the plain-text answer names its code), none cut or mixed.
        for (Response r : got) {
            assertThat(r.body()).startsWith(String.valueOf(r.status()));
        }
    }

    @Test
    void aPipelinedHeadOfADripLeavesTheNextResponseIntact() throws IOException {
        String text = sendAndReadToClose("HEAD /drip?duration=1&numbytes=50 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                + "GET /200 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/plain\r\nConnection: close\r\n\r\n");
        List<Response> got = responses(text, true);
        assertThat(got).extracting(Response::status).containsExactly(200, 200);
        assertThat(got.get(0).head().toLowerCase(Locale.ROOT)).contains("\r\ncontent-length: 50");
        assertThat(got.get(0).body()).isEmpty();
        assertThat(got.get(1).body()).startsWith("200").doesNotContain("*");
    }
}

package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.Registry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketFrame;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code /websocket/echo} through Vert.x's WebSocket client, frame by frame. */
class HttpbinWebSocketTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();
    private static final Registry REGISTRY = Registry.standard();
    private static final int CAP = 1024 * 1024;
    private static Vertx vertx;
    private static WebSocketClient client;

    @BeforeAll
    static void startClient() {
        vertx = Vertx.vertx();
        // Frames as large as the server's cap, both ways.
        client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(CAP).setMaxMessageSize(CAP));
    }

    @AfterAll
    static void stopClient() throws Exception {
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
    }

    /** An open session and what the server sends on it. */
    private record Session(WebSocket ws, BlockingQueue<WebSocketFrame> frames, CompletableFuture<Short> closed) {
        WebSocketFrame next() throws InterruptedException {
            WebSocketFrame f = frames.poll(15, TimeUnit.SECONDS);
            assertThat(f).as("a frame within 15 s").isNotNull();
            return f;
        }

        short closeCode() throws Exception {
            return closed.get(15, TimeUnit.SECONDS);
        }
    }

    private static Session open(int port, String query) throws Exception {
        WebSocket ws = await(client.connect(port, "127.0.0.1", "/websocket/echo" + query));
        BlockingQueue<WebSocketFrame> frames = new LinkedBlockingQueue<>();
        CompletableFuture<Short> closed = new CompletableFuture<>();
        ws.frameHandler(f -> {
            if (!f.isClose()) {
                frames.add(f);
            }
        });
        ws.closeHandler(v -> closed.complete(ws.closeStatusCode()));
        return new Session(ws, frames, closed);
    }

    private static Session open(String query) throws Exception {
        return open(SERVER.server().port(), query);
    }

    @Test
    void aTextMessageComesBack() throws Exception {
        Session s = open("");
        s.ws().writeFinalTextFrame("héllo, wörld");
        WebSocketFrame f = s.next();
        assertThat(f.isText()).isTrue();
        assertThat(f.isFinal()).isTrue();
        assertThat(f.textData()).isEqualTo("héllo, wörld");
        s.ws().close();
        assertThat(s.closeCode()).isEqualTo((short) 1000);
    }

    @Test
    void aBinaryMessageComesBack() throws Exception {
        Session s = open("");
        byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0xfe};
        s.ws().writeFinalBinaryFrame(Buffer.buffer(bytes));
        WebSocketFrame f = s.next();
        assertThat(f.isBinary()).isTrue();
        assertThat(f.binaryData().getBytes()).isEqualTo(bytes);
        s.ws().close();
    }

    @Test
    void aFragmentedMessageIsGatheredAndSentBackInFragmentsOfTheLimit() throws Exception {
        Session s = open("?max_fragment_size=4&max_message_size=100");
        s.ws().writeFrame(WebSocketFrame.binaryFrame(Buffer.buffer("abc"), false));
        s.ws().writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer("def"), false));
        s.ws().writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer("ghi"), false));
        s.ws().writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer("j"), true));
        List<String> got = new ArrayList<>();
        WebSocketFrame f = s.next();
        assertThat(f.isBinary()).isTrue();
        while (true) {
            got.add(f.binaryData().toString(StandardCharsets.UTF_8));
            if (f.isFinal()) {
                break;
            }
            f = s.next();
            assertThat(f.isContinuation()).isTrue();
        }
        assertThat(got).containsExactly("abcd", "efgh", "ij");
        s.ws().close();
    }

    @Test
    void aLongTextEchoKeepsCharactersWhole() throws Exception {
        Session s = open("?max_fragment_size=3&max_message_size=100");
        String text = "aé€x"; // 1 + 2 + 3 + 1 bytes
        s.ws().writeFrame(WebSocketFrame.textFrame("aé", false));
        s.ws().writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer("€"), false));
        s.ws().writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer("x"), true));
        Buffer back = Buffer.buffer();
        WebSocketFrame f = s.next();
        assertThat(f.isText()).isTrue();
        while (true) {
            assertThat(f.binaryData().length()).isLessThanOrEqualTo(3);
            back.appendBuffer(f.binaryData());
            if (f.isFinal()) {
                break;
            }
            f = s.next();
        }
        assertThat(back.toString(StandardCharsets.UTF_8)).isEqualTo(text);
        s.ws().close();
    }

    @Test
    void aFrameOverTheFragmentLimitIsAProtocolError() throws Exception {
        Session s = open("?max_fragment_size=4&max_message_size=8");
        s.ws().writeFinalBinaryFrame(Buffer.buffer("12345"));
        assertThat(s.closeCode()).isEqualTo((short) 1002);
    }

    @Test
    void aMessageOverTheMessageLimitIsTooBig() throws Exception {
        Session s = open("?max_fragment_size=4&max_message_size=6");
        s.ws().writeFrame(WebSocketFrame.binaryFrame(Buffer.buffer("1234"), false));
        s.ws().writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer("5678"), true));
        assertThat(s.closeCode()).isEqualTo((short) 1009);
    }

    @Test
    void aContinuationWithoutAMessageIsAProtocolError() throws Exception {
        Session s = open("");
        s.ws().writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer("x"), true));
        assertThat(s.closeCode()).isEqualTo((short) 1002);
    }

    @Test
    void aNewMessageBeforeTheLastFrameIsAProtocolError() throws Exception {
        Session s = open("");
        s.ws().writeFrame(WebSocketFrame.binaryFrame(Buffer.buffer("x"), false));
        s.ws().writeFrame(WebSocketFrame.binaryFrame(Buffer.buffer("y"), true));
        // Netty's decoder finds this one and the server closes with 1002; the connection may drop before the
        // client reads that close frame (1006). Either way the message is refused, never echoed.
        assertThat(s.closeCode()).isIn((short) 1002, (short) 1006);
        assertThat(s.frames()).isEmpty();
    }

    @Test
    void textThatIsNotUtf8IsAnInvalidPayload() throws Exception {
        Session s = open("");
        s.ws().writeFrame(WebSocketFrame.textFrame("a", false));
        s.ws().writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer(new byte[] {(byte) 0xc3, 0x28}), true));
        assertThat(s.closeCode()).isEqualTo((short) 1007);
    }

    @ParameterizedTest
    @ValueSource(strings = {"max_fragment_size=-1&max_message_size=2", "max_fragment_size=0&max_message_size=2",
        "max_fragment_size=3&max_message_size=2", "max_fragment_size=foo&max_message_size=2",
        "max_fragment_size=1048577&max_message_size=2", "max_fragment_size=1&max_message_size=0",
        "max_fragment_size=1&max_message_size=-1", "max_fragment_size=1&max_message_size=bar",
        "max_fragment_size=1&max_message_size=1048577", "max_fragment_size=99999999999"})
    void badLimitsAre400BeforeTheUpgrade(String query) {
        assertThatThrownBy(() -> await(client.connect(SERVER.server().port(), "127.0.0.1",
                "/websocket/echo?" + query))).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(400);
                    JsonNode body = Client.JSON.readTree(e.getBody().toString(StandardCharsets.UTF_8));
                    assertThat(body.get("status_code").asInt()).isEqualTo(400);
                    assertThat(body.get("error").asString()).isEqualTo(REGISTRY.reasonPhrase(400));
                    assertThat(body.get("detail").asString()).contains("max_");
                });
    }

    @Test
    void theLimitsMayReachTheCap() throws Exception {
        Session s = open("?max_fragment_size=" + CAP + "&max_message_size=" + CAP);
        s.ws().writeFinalTextFrame("x".repeat(70_000));
        WebSocketFrame f = s.next();
        assertThat(f.isFinal()).isTrue();
        assertThat(f.textData()).hasSize(70_000);
        s.ws().close();
    }

    @Test
    void aPlainRequestIsAFailedHandshake() {
        HttpResponse<String> r = SERVER.client().get("/websocket/echo");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = Client.json(r);
        assertThat(body.get("status_code").asInt()).isEqualTo(400);
        assertThat(body.get("detail").asString()).contains("Upgrade");
    }

    @Test
    void sessionsHoldASlowResponseSlot() throws Exception {
        HttpcodesServer one = HttpcodesServer.start(ServerConfig.ephemeral()
                .withCapacity(ServerConfig.Capacity.defaults().withMaxSlowResponses(1)));
        try {
            Session first = open(one.port(), "");
            assertThatThrownBy(() -> open(one.port(), "")).cause()
                    .isInstanceOfSatisfying(UpgradeRejectedException.class,
                            e -> assertThat(e.getStatus()).isEqualTo(503));
            first.ws().close();
            first.closeCode();
            // The slot comes back when the server sees the connection close; try again for a bounded while.
            Session again = null;
            for (int i = 0; i < 300 && again == null; i++) {
                try {
                    again = open(one.port(), "");
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(UpgradeRejectedException.class);
                    TimeUnit.MILLISECONDS.sleep(50);
                }
            }
            assertThat(again).as("a session once the first is closed").isNotNull();
            again.ws().close();
        } finally {
            one.stop();
        }
    }

    @Test
    void aSessionIsClosedWhenItOutlivesTheMaxDuration() throws Exception {
        HttpcodesServer brief = HttpcodesServer.start(ServerConfig.ephemeral().withTiming(
                dev.httpcodes.server.httpbin.timing.TimingOptions.defaults().withMaxDuration(
                        java.time.Duration.ofMillis(300))));
        try {
            Session s = open(brief.port(), "");
            // Waits for the server's close, bounded by closeCode's 15 s: no clock is asserted.
            assertThat(s.closeCode()).isEqualTo((short) 1008);
            assertThat(s.ws().closeReason()).contains("longer than");
        } finally {
            brief.stop();
        }
    }
}

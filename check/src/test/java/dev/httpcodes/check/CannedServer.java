package dev.httpcodes.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A socket server that answers each path with fixed bytes, exactly as given, then closes: for responses no real
 * server sends (interim responses, content after a 204, bytes that are not HTTP). A path mapped to {@code null}
 * bytes gets a status line and then nothing, until the server closes.
 */
final class CannedServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Map<String, byte[]> responses = new ConcurrentHashMap<>();
    private final Thread thread;

    CannedServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "canned-server");
        thread.setDaemon(true);
        thread.start();
    }

    CannedServer on(String path, String response) {
        responses.put(path, response.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    CannedServer on(String path, byte[] response) {
        responses.put(path, response);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> answer(s), "canned-answer");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try (s) {
            String head = head(s.getInputStream());
            String target = head.split(" ", 3).length > 1 ? head.split(" ", 3)[1] : "/";
            byte[] bytes = responses.get(target);
            if (bytes == null) {
                s.getOutputStream().write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                // A stalled response: wait until the test closes the server (the client's timeout ends it first).
                s.getInputStream().read();
                return;
            }
            s.getOutputStream().write(bytes);
            s.getOutputStream().flush();
            s.shutdownOutput();
        } catch (IOException e) {
            // the client went away: nothing to do
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        int state = 0;
        while (b.size() < 65536 && (c = in.read()) >= 0) {
            b.write(c);
            state = (c == '\r' || c == '\n') ? state + 1 : 0;
            if (state == 4) {
                break;
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.close();
        thread.join(5000);
    }
}

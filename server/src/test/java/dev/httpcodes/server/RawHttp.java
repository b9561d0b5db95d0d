package dev.httpcodes.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** HTTP/1.1 over a plain socket, for what client libraries hide: interim responses, aborts, timing of bytes. */
final class RawHttp {
    /** What arrived, and when each read returned (ms since the request was sent). */
    record Received(String text, List<Long> readTimes, boolean closedByServer) {
    }

    private RawHttp() {
    }

    static Received exchange(int port, String requestHead) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            long start = System.nanoTime();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            List<Long> times = new ArrayList<>();
            byte[] buffer = new byte[8192];
            boolean closed = false;
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketException reset) {
                    closed = true;
                    break;
                }
                if (n < 0) {
                    closed = true;
                    break;
                }
                received.write(buffer, 0, n);
                times.add((System.nanoTime() - start) / 1_000_000);
                String text = received.toString(StandardCharsets.ISO_8859_1);
                if (complete(text)) {
                    break;
                }
            }
            return new Received(received.toString(StandardCharsets.UTF_8), times, closed);
        }
    }

    static Received get(int port, String path, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        return exchange(port, head.append("\r\n").toString());
    }

    /** A final response is complete when its body is (by Content-Length or the last chunk). */
    private static boolean complete(String text) {
        int start = 0;
        while (true) {
            int end = text.indexOf("\r\n\r\n", start);
            if (end < 0) {
                return false;
            }
            String head = text.substring(start, end);
            if (head.matches("(?s)HTTP/1\\.1 1\\d\\d .*")) {
                start = end + 4;
                continue;
            }
            String lower = head.toLowerCase(java.util.Locale.ROOT);
            String body = text.substring(end + 4);
            int cl = lower.indexOf("content-length:");
            if (cl >= 0) {
                int eol = lower.indexOf("\r\n", cl);
                int length = Integer.parseInt(lower.substring(cl + 15, eol < 0 ? lower.length() : eol).strip());
                return body.getBytes(StandardCharsets.ISO_8859_1).length >= length;
            }
            if (lower.contains("transfer-encoding: chunked")) {
                return body.endsWith("0\r\n\r\n");
            }
            return true;
        }
    }
}

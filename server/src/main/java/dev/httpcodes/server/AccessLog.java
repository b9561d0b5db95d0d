package dev.httpcodes.server;

import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An access log in nginx's "combined" format, written by one background thread so that the event loop never waits
 * on a disk or a terminal. The queue is bounded: when it is full, lines are dropped and counted rather than memory
 * growing without end.
 */
final class AccessLog implements AutoCloseable {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
    private static final String STOP = new String("stop");

    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(Limits.ACCESS_LOG_QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private final PrintStream out;
    private final Thread writer;

    /** {@code -} for standard output, otherwise a file appended to. */
    AccessLog(String target) {
        try {
            OutputStream stream = target.equals("-") ? new java.io.FileOutputStream(java.io.FileDescriptor.out)
                    : Files.newOutputStream(Path.of(target), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            this.out = new PrintStream(stream, false, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open access log " + target + ": " + e.getMessage(), e);
        }
        this.writer = new Thread(this::drain, "httpcodes-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    void track(RoutingContext ctx) {
        ctx.addEndHandler(done -> {
            if (!queue.offer(line(ctx))) {
                dropped.incrementAndGet();
            }
        });
        ctx.next();
    }

    /** Lines dropped because the writer could not keep up. */
    long dropped() {
        return dropped.get();
    }

    static String line(RoutingContext ctx) {
        var request = ctx.request();
        String remote = request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress();
        String requestLine = request.method().name() + " " + request.uri() + " " + version(request.version());
        return remote + " - - [" + TIME.format(ZonedDateTime.now()) + "] \"" + escape(requestLine) + "\" "
                + ctx.response().getStatusCode() + " " + ctx.response().bytesWritten() + " \""
                + escape(orDash(request.getHeader("Referer"))) + "\" \""
                + escape(orDash(request.getHeader("User-Agent"))) + "\"";
    }

    private static String version(io.vertx.core.http.HttpVersion v) {
        return switch (v) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2.0";
        };
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** As nginx does: quotes, backslashes and control characters as \xHH, so one request is always one line. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length() && i < 4096; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private void drain() {
        try {
            while (true) {
                String line = queue.take();
                if (line == STOP) {
                    break;
                }
                out.println(line);
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() throws InterruptedException {
        queue.put(STOP);
        writer.join(TimeUnit.SECONDS.toMillis(5));
        out.flush();
    }
}

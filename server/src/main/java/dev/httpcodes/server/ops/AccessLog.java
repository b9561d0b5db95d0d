package dev.httpcodes.server.ops;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An access log in nginx's "combined" format that costs the event loop almost nothing and never loses a line
 * silently.
 * <p>
 * Each event loop formats lines straight into its own {@link Lines} chunk of bytes (no String per line, the
 * timestamp formatted once a second) and hands a full chunk, or whatever it holds every
 * {@link #FLUSH_MILLIS} ms, to one writer thread, as nginx's {@code buffer=} does. The queue of chunks is bounded:
 * when the sink stalls (a full disk, a stopped pipe), chunks that do not fit are dropped, and their lines are
 * counted, reported in {@code /metrics}, warned about on stderr (at once, then at most once a second, by a thread of
 * its own so that a writer stuck in a stalled sink cannot hold the warning back) and totalled at stop.
 * <p>
 * Requests the HTTP codec refused end their line with {@code rejected}, responses cut short (an aborted
 * connection or stream) with {@code aborted}, after the user agent, where combined-format readers ignore extra
 * fields.
 */
public final class AccessLog implements AutoCloseable {
    static final int CHUNK_BYTES = 64 * 1024;
    static final int QUEUED_CHUNKS = 64;
    public static final long FLUSH_MILLIS = 500;
    /** Bytes one escaped field takes at most, so a line always fits a chunk. */
    static final int MAX_FIELD = 8192;

    private static final Chunk STOP = new Chunk();

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(QUEUED_CHUNKS + 8);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final OutputStream out;
    private final DropWarnings warnings;
    private final String target;
    private final Thread writer;
    private final Thread watcher;
    /** Notified on every drop, for the watcher. */
    private final Object dropSignal = new Object();
    /** Lines of the chunk the writer is writing, so that a writer stuck at stop still accounts for them. */
    private volatile int writing;
    private volatile boolean closing;

    /** A chunk of whole lines. */
    static final class Chunk {
        final byte[] bytes = new byte[CHUNK_BYTES];
        int length;
        int lines;
    }

    /** {@code -} for standard output, otherwise a file appended to; warnings about drops go to {@code warnings}. */
    public AccessLog(String target, PrintStream warnings) {
        this(target, open(target), warnings);
    }

    /** A log to a sink of the caller's (tests stall one on purpose); {@code target} names it in warnings. */
    AccessLog(String target, OutputStream out, PrintStream warnings) {
        this.target = target;
        this.out = out;
        this.warnings = new DropWarnings(target, warnings);
        this.writer = new Thread(this::drain, "httpcodes-access-log");
        writer.setDaemon(true);
        this.watcher = new Thread(this::watchDrops, "httpcodes-access-log-drops");
        watcher.setDaemon(true);
        writer.start();
        watcher.start();
    }

    private static OutputStream open(String target) {
        try {
            return target.equals("-") ? new FileOutputStream(FileDescriptor.out)
                    : Files.newOutputStream(Path.of(target), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open access log " + target + ": " + e.getMessage(), e);
        }
    }

    /** A formatter for one event loop; it must only be used on that loop's thread. */
    public Lines lines() {
        return new Lines();
    }

    /** Lines dropped because the sink could not keep up. */
    public AtomicLong droppedCounter() {
        return dropped;
    }

    long dropped() {
        return dropped.get();
    }

    /** Lines handed to the sink. */
    long written() {
        return written.get();
    }

    private Chunk newChunk() {
        Chunk c = free.poll();
        return c == null ? new Chunk() : c;
    }

    private void recycle(Chunk c) {
        c.length = 0;
        c.lines = 0;
        free.offer(c);
    }

    /** Takes a chunk for writing, or counts its lines as dropped when the queue is full. */
    private void hand(Chunk c) {
        if (!queue.offer(c)) {
            drop(c.lines);
            recycle(c);
        }
    }

    private void drop(int lines) {
        dropped.addAndGet(lines);
        synchronized (dropSignal) {
            dropSignal.notifyAll();
        }
    }

    private void drain() {
        try {
            while (true) {
                Chunk c = queue.take();
                if (c == STOP) {
                    break;
                }
                writing = c.lines;
                try {
                    out.write(c.bytes, 0, c.length);
                    if (queue.isEmpty()) {
                        out.flush();
                    }
                    written.addAndGet(c.lines);
                } catch (IOException e) {
                    drop(c.lines);
                }
                writing = 0;
                recycle(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Warns about new drops, waiting out the rate limit between two warnings. */
    private void watchDrops() {
        try {
            while (!closing) {
                synchronized (dropSignal) {
                    while (!closing && warnings.unreported(dropped.get()) == 0) {
                        dropSignal.wait();
                    }
                }
                long wait = warnings.waitNanos(System.nanoTime());
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait); // the rate limit, not a wait for another thread
                }
                if (!closing) {
                    warnings.warn(dropped.get(), System.nanoTime());
                }
            }
        } catch (InterruptedException e) {
            // closing: the total at stop says the rest
        }
    }

    /**
     * Writes what is queued, stops the writer and reports the lines dropped in all, if any. Interrupting the closing
     * thread gives up waiting for the writer (the lines still queued count as dropped) and keeps its interrupt flag.
     */
    @Override
    public void close() {
        try {
            if (!queue.offer(STOP, 5, TimeUnit.SECONDS)) {
                // The sink is stalled: whatever is queued can no longer be written.
                writer.interrupt();
            }
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            writer.interrupt();
            Thread.currentThread().interrupt();
        }
        closing = true;
        watcher.interrupt();
        if (writer.isAlive()) {
            // Stuck in a write the sink never takes: its lines are not known to be written.
            dropped.addAndGet(writing);
        }
        for (Chunk c = queue.poll(); c != null; c = queue.poll()) {
            if (c != STOP) {
                dropped.addAndGet(c.lines);
            }
        }
        try {
            out.flush();
            if (!target.equals("-")) {
                out.close();
            }
        } catch (IOException e) {
            // nothing more can be written; the total below still tells the operator
        }
        warnings.total(dropped.get());
    }

    /** The formatter of one event loop: a chunk being filled and the timestamp of the current second. */
    public final class Lines {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
        private Chunk chunk = newChunk();
        private long second = Long.MIN_VALUE;
        private byte[] time;

        /** Logs the request once its response has ended or been cut short. */
        public void track(io.vertx.ext.web.RoutingContext ctx) {
            ctx.addEndHandler(done -> {
                var response = ctx.response();
                log(ctx.request(), response.getStatusCode(), response.bytesWritten(),
                        done.failed() || !response.ended() ? "aborted" : null);
            });
            ctx.next();
        }

        /** One request. */
        public void log(HttpServerRequest request, int status, long bodyBytes, String mark) {
            if (chunk.length > CHUNK_BYTES - lineBound()) {
                flush();
            }
            Chunk c = chunk;
            int start = c.length;
            String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
            ascii(remote == null ? "-" : remote);
            ascii(" - - [");
            bytes(timestamp());
            ascii("] \"");
            escaped(request.method().name());
            put((byte) ' ');
            escaped(request.uri());
            put((byte) ' ');
            ascii(version(request.version()));
            ascii("\" ");
            number(status);
            put((byte) ' ');
            number(bodyBytes);
            ascii(" \"");
            escapedOrDash(request.getHeader("Referer"));
            ascii("\" \"");
            escapedOrDash(request.getHeader("User-Agent"));
            put((byte) '"');
            if (mark != null) {
                put((byte) ' ');
                ascii(mark);
            }
            put((byte) '\n');
            c.lines++;
            assert c.length > start;
            // Once handed over, the chunk belongs to the writer (or is recycled): nothing here touches it again.
            if (c.length >= CHUNK_BYTES - lineBound()) {
                flush();
            }
        }

        /** Hands what this loop holds to the writer. */
        public void flush() {
            if (chunk.lines > 0) {
                hand(chunk);
                chunk = newChunk();
            }
        }

        /** The most bytes one line can take: four escaped fields and the rest. */
        private static int lineBound() {
            return 4 * MAX_FIELD + 256;
        }

        private byte[] timestamp() {
            long now = System.currentTimeMillis() / 1000;
            if (now != second) {
                second = now;
                time = TIME.format(Instant.ofEpochSecond(now).atZone(ZoneId.systemDefault()))
                        .getBytes(StandardCharsets.US_ASCII);
            }
            return time;
        }

        private void put(byte b) {
            chunk.bytes[chunk.length++] = b;
        }

        private void bytes(byte[] b) {
            System.arraycopy(b, 0, chunk.bytes, chunk.length, b.length);
            chunk.length += b.length;
        }

        /** Text known to be printable ASCII (addresses, fixed words). */
        private void ascii(String s) {
            byte[] b = chunk.bytes;
            int at = chunk.length;
            for (int i = 0; i < s.length(); i++) {
                b[at++] = (byte) s.charAt(i);
            }
            chunk.length = at;
        }

        private void number(long n) {
            if (n < 0) {
                put((byte) '-');
                n = -n;
            }
            if (n < 10) {
                put((byte) ('0' + n));
                return;
            }
            int digits = 0;
            for (long m = n; m > 0; m /= 10) {
                digits++;
            }
            int at = chunk.length + digits;
            chunk.length = at;
            for (long m = n; m > 0; m /= 10) {
                chunk.bytes[--at] = (byte) ('0' + m % 10);
            }
        }

        private void escapedOrDash(String s) {
            if (s == null || s.isEmpty()) {
                put((byte) '-');
            } else {
                escaped(s);
            }
        }

        /**
         * As nginx does: quotes, backslashes, control characters and bytes outside printable ASCII as
         * {@code \xHH}, so one request is always one line and the log never carries terminal escapes. Characters
         * past U+00FF (HTTP/2 header values) are escaped byte by byte in UTF-8.
         */
        private void escaped(String s) {
            byte[] b = chunk.bytes;
            int at = chunk.length;
            // 12 bytes is the most one character takes (three UTF-8 bytes, each \xHH).
            int limit = at + MAX_FIELD - 12;
            for (int i = 0; i < s.length() && at <= limit; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                    b[at++] = (byte) c;
                } else if (c <= 0xff) {
                    at = hex(b, at, c);
                } else {
                    for (byte u : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                        at = hex(b, at, u & 0xff);
                    }
                }
            }
            chunk.length = at;
        }

        private static int hex(byte[] b, int at, int c) {
            b[at++] = '\\';
            b[at++] = 'x';
            b[at++] = (byte) Character.toUpperCase(Character.forDigit(c >> 4, 16));
            b[at++] = (byte) Character.toUpperCase(Character.forDigit(c & 0xf, 16));
            return at;
        }
    }

    private static String version(HttpVersion v) {
        return v == null ? "HTTP/1.1" : switch (v) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2.0";
        };
    }
}

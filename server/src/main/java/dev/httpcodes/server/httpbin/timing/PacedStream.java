package dev.httpcodes.server.httpbin.timing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * A body of {@code total} items (bytes or events) written as go-httpbin paces them: the first at once, then one
 * every {@code pauseNanos}, measured from the start so that a late timer does not stretch the stream. A pause
 * shorter than {@link Pacer#TICK_NANOS} is served by writing every item that has come due at each tick instead of
 * one timer per item. A slow reader pauses the stream (through the response's write queue) rather than making it
 * pile up in memory: at most {@code perWrite} items are rendered at a time.
 */
final class PacedStream {
    /** Renders items {@code from} (inclusive) to {@code to} (exclusive). */
    interface Items {
        Buffer render(long from, long to);
    }

    private final Pacer pacer;
    private final HttpServerResponse response;
    private final long total;
    private final long pauseNanos;
    private final int perWrite;
    private final Items items;
    private long start;
    private long sent;

    PacedStream(Pacer pacer, HttpServerResponse response, long total, long pauseNanos, int perWrite, Items items) {
        this.pacer = pacer;
        this.response = response;
        this.total = total;
        this.pauseNanos = pauseNanos;
        this.perWrite = perWrite;
        this.items = items;
    }

    /** Starts writing (the head is set, not necessarily written); ends the response after the last item. */
    void start() {
        start = System.nanoTime();
        step();
    }

    private void step() {
        if (pacer.gone()) {
            return;
        }
        long now = System.nanoTime();
        long due = pauseNanos <= 0 ? total : Math.min(total, (now - start) / pauseNanos + 1);
        while (sent < due && !response.writeQueueFull()) {
            long upTo = Math.min(due, sent + perWrite);
            response.write(items.render(sent, upTo));
            sent = upTo;
        }
        if (sent == total) {
            response.end();
        } else if (response.writeQueueFull()) {
            response.drainHandler(v -> {
                response.drainHandler(null);
                step();
            });
        } else {
            pacer.at(Math.max(start + sent * pauseNanos, now + Pacer.TICK_NANOS), this::step);
        }
    }
}

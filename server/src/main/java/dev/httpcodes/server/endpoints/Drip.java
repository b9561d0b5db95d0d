package dev.httpcodes.server.endpoints;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.Arrays;

/**
 * A body sent in time slices: {@code total} bytes spread evenly over {@code durationMillis}, one slice every
 * {@link #TICK_MILLIS} ms or so (or one byte per slice when there are fewer bytes than slices). The duration holds
 * for any size, and no slice waits on a timer for more than its share. Nothing holds the whole body: dripped
 * asterisks come from one shared array, and a slow reader pauses the drip (by the response's write queue) rather
 * than piling bytes up in memory.
 */
public final class Drip {
    /** The shortest time between two slices. */
    static final long TICK_MILLIS = 10;
    private static final int PIECE = 16 * 1024;
    private static final byte[] STARS = new byte[PIECE];

    static {
        Arrays.fill(STARS, (byte) '*');
    }

    private final Vertx vertx;
    private final HttpServerResponse response;
    private final byte[] data;
    private final int total;
    private final int slices;
    private final long start;
    private final long durationNanos;
    private int sent;
    private int slice;

    /**
     * @param data the body, or null for {@code total} asterisks
     */
    private Drip(Vertx vertx, HttpServerResponse response, byte[] data, int total, long durationMillis) {
        this.vertx = vertx;
        this.response = response;
        this.data = data;
        this.total = total;
        this.slices = (int) Math.max(1, Math.min(total, durationMillis / TICK_MILLIS));
        this.start = System.nanoTime();
        this.durationNanos = durationMillis * 1_000_000;
    }

    /** Starts sending after the head (already written, chunked) and ends the response with the last slice. */
    static void start(Vertx vertx, HttpServerResponse response, byte[] data, int total, long durationMillis) {
        new Drip(vertx, response, data, total, durationMillis).next();
    }

    /** Waits for the next slice's time, measured from the start so that timer lateness does not add up. */
    private void next() {
        if (response.closed()) {
            return;
        }
        slice++;
        long due = start + durationNanos * slice / slices;
        long waitMillis = (due - System.nanoTime()) / 1_000_000;
        if (waitMillis <= 0) {
            send();
        } else {
            vertx.setTimer(waitMillis, id -> send());
        }
    }

    private void send() {
        if (response.closed()) {
            return;
        }
        int upTo = (int) ((long) total * slice / slices);
        while (sent < upTo) {
            int n = Math.min(PIECE, upTo - sent);
            response.write(Buffer.buffer(n).appendBytes(data == null ? STARS : data, data == null ? 0 : sent, n));
            sent += n;
        }
        if (slice >= slices) {
            response.end();
        } else if (response.writeQueueFull()) {
            response.drainHandler(v -> {
                response.drainHandler(null);
                next();
            });
        } else {
            next();
        }
    }
}

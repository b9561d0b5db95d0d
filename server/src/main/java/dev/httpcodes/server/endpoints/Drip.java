package dev.httpcodes.server.endpoints;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.Arrays;

/**
 * A body sent in time slices, as its {@link DripPlan} says: the duration holds for any size, and no slice waits on
 * a timer for more than its share. Nothing holds the whole body: dripped
 * asterisks come from one shared array, and a slow reader pauses the drip (by the response's write queue) rather
 * than piling bytes up in memory.
 */
public final class Drip {
    private static final int PIECE = 16 * 1024;
    private static final byte[] STARS = new byte[PIECE];

    static {
        Arrays.fill(STARS, (byte) '*');
    }

    private final Vertx vertx;
    private final HttpServerResponse response;
    private final byte[] data;
    private final DripPlan plan;
    private final long start;
    private int sent;
    private int slice;

    /**
     * @param data the body, or null for {@code total} asterisks
     */
    private Drip(Vertx vertx, HttpServerResponse response, byte[] data, int total, long durationMillis) {
        this.vertx = vertx;
        this.response = response;
        this.data = data;
        this.plan = new DripPlan(total, durationMillis);
        this.start = System.nanoTime();
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
        long due = start + plan.dueNanos(slice);
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
        int upTo = plan.bytesBy(slice);
        while (sent < upTo) {
            int n = Math.min(PIECE, upTo - sent);
            response.write(Buffer.buffer(n).appendBytes(data == null ? STARS : data, data == null ? 0 : sent, n));
            sent += n;
        }
        if (slice >= plan.slices()) {
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

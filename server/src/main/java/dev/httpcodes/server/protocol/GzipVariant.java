package dev.httpcodes.server.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip coding of a cached response, made once when the response is stored, so that a page or an API answer
 * asked for again is not compressed again for every client (the server's on-the-fly compression, at level 1, took
 * most of a gzip response's time). Made once, it can afford a better level than on the fly.
 */
final class GzipVariant {
    /** Bodies shorter than this stay as they are: gzip's header and trailer would eat most of the saving. */
    static final int MIN_LENGTH = 256;
    /** zlib's default: a few per cent smaller than level 1, paid once per cached response. */
    private static final int LEVEL = 6;

    private GzipVariant() {
    }

    /** The body in gzip, or null when it is too short to be worth coding. */
    static byte[] of(byte[] body) {
        if (body.length < MIN_LENGTH) {
            return null;
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(packed) {
            {
                def.setLevel(LEVEL);
            }
        }) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return packed.toByteArray();
    }

    /**
     * Whether an Accept-Encoding field lets a response be sent in gzip (RFC 9110 §12.5.3): {@code gzip} or its alias
     * {@code x-gzip} with a q above 0, or else {@code *} with a q above 0. No field, or one too long to read, means
     * no coding.
     */
    static boolean accepted(String acceptEncoding) {
        Double any = null;
        for (QValues.Weighted w : QValues.parse(acceptEncoding).values()) {
            if (w.value().equals("gzip") || w.value().equals("x-gzip")) {
                return w.q() > 0;
            }
            if (w.value().equals("*")) {
                any = w.q();
            }
        }
        return any != null && any > 0;
    }

    /** The Vary field of a response that comes in gzip or not, depending on Accept-Encoding. */
    static String vary(String vary) {
        if (vary == null || vary.isEmpty()) {
            return "Accept-Encoding";
        }
        return vary.toLowerCase(java.util.Locale.ROOT).contains("accept-encoding") ? vary : vary + ", Accept-Encoding";
    }
}

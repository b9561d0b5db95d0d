package dev.httpcodes.logs.formats.cdn;

import dev.httpcodes.core.ProducerEvidence;
import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.formats.LogRecord;
import java.util.Arrays;
import java.util.List;

/**
 * A format's producer evidence from the knowledge base ({@link ProducerEvidence}), as bytes, so that a parser tells
 * who made a response from a slice of the line without making a String.
 */
final class ProducerValues {
    private final byte[][] upstream;
    private final byte[][] proxy;
    private final byte[][] proxyPrefixes;
    private final byte[][] cacheHits;

    private ProducerValues(ProducerEvidence evidence) {
        this.upstream = ascii(evidence.upstream());
        this.proxy = ascii(evidence.proxy());
        this.proxyPrefixes = ascii(evidence.proxyPrefixes());
        this.cacheHits = ascii(evidence.cacheHits());
    }

    /** The bundled knowledge base's values for a format; a format without them is a build defect. */
    static ProducerValues of(String format) {
        return new ProducerValues(Registry.standard().producerEvidence(format).orElseThrow(
                () -> new IllegalStateException("the knowledge base has no producer evidence for " + format)));
    }

    /** Upstream, proxy or unknown for the value in {@code b[start, end)}. */
    byte producer(byte[] b, int start, int end) {
        if (isUpstream(b, start, end)) {
            return LogRecord.PRODUCER_UPSTREAM;
        }
        if (any(proxy, b, start, end)) {
            return LogRecord.PRODUCER_PROXY;
        }
        for (byte[] p : proxyPrefixes) {
            if (end - start > p.length && Arrays.equals(b, start, start + p.length, p, 0, p.length)) {
                return LogRecord.PRODUCER_PROXY;
            }
        }
        return LogRecord.PRODUCER_UNKNOWN;
    }

    boolean isUpstream(byte[] b, int start, int end) {
        return any(upstream, b, start, end);
    }

    boolean isCacheHit(byte[] b, int start, int end) {
        return any(cacheHits, b, start, end);
    }

    private static boolean any(byte[][] values, byte[] b, int start, int end) {
        for (byte[] v : values) {
            if (Arrays.equals(b, start, end, v, 0, v.length)) {
                return true;
            }
        }
        return false;
    }

    private static byte[][] ascii(List<String> values) {
        byte[][] out = new byte[values.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = CloudflareParser.ascii(values.get(i));
        }
        return out;
    }
}

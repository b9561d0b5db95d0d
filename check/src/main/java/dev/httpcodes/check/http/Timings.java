package dev.httpcodes.check.http;

/**
 * How long the parts of one hop took, in milliseconds; null where not measured.
 *
 * @param dnsMs       name resolution
 * @param connectMs   TCP connection
 * @param tlsMs       TLS handshake
 * @param firstByteMs from the request being sent to the first byte of the response
 * @param totalMs     from the start of the hop to the end of the body (as far as it was read)
 * @param source      {@code connection} (measured on the connection that carried the request), {@code probe}
 *                    (DNS, connect and TLS on a separate probe connection, the rest by the JDK client, which made
 *                    its own connection), {@code reused} (the connection was already open), {@code har} or
 *                    {@code none}
 */
public record Timings(Double dnsMs, Double connectMs, Double tlsMs, Double firstByteMs, Double totalMs,
        String source) {
    public static Timings none() {
        return new Timings(null, null, null, null, null, "none");
    }
}

package dev.httpcodes.check.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One connection to a URL's origin, opened step by step so each step is timed: the name lookup (through
 * {@link InetAddress}, which may answer from the JVM's cache), the TCP connect, and the TLS handshake with ALPN.
 */
final class Connection implements AutoCloseable {
    final Socket socket;
    /** The protocol TLS negotiated ({@code h2}, {@code http/1.1}), or "" for plain TCP or no ALPN. */
    final String alpn;
    final double dnsMs;
    final double connectMs;
    final Double tlsMs;
    final long deadline;

    private Connection(Socket socket, String alpn, double dnsMs, double connectMs, Double tlsMs, long deadline) {
        this.socket = socket;
        this.alpn = alpn;
        this.dnsMs = dnsMs;
        this.connectMs = connectMs;
        this.tlsMs = tlsMs;
        this.deadline = deadline;
    }

    static Connection open(URI uri, FetchOptions options, long deadline) throws IOException {
        String host = host(uri);
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = port(uri);
        long t0 = System.nanoTime();
        InetAddress address = InetAddress.getAllByName(host)[0];
        long t1 = System.nanoTime();
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), remaining(deadline));
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new HttpConnectTimeoutException("no connection to " + address.getHostAddress() + ":" + port
                    + " within the timeout");
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        long t2 = System.nanoTime();
        if (!tls) {
            return new Connection(socket, "", ms(t0, t1), ms(t1, t2), null, deadline);
        }
        try {
            SSLSocket ssl = (SSLSocket) TrustAny.context(options.insecure()).getSocketFactory()
                    .createSocket(socket, host, port, true);
            SSLParameters parameters = ssl.getSSLParameters();
            if (!options.insecure()) {
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
            }
            parameters.setApplicationProtocols(options.http1Only() ? new String[] {"http/1.1"}
                    : new String[] {"h2", "http/1.1"});
            ssl.setSSLParameters(parameters);
            ssl.setSoTimeout(remaining(deadline));
            ssl.startHandshake();
            long t3 = System.nanoTime();
            String alpn = ssl.getApplicationProtocol();
            return new Connection(ssl, alpn == null ? "" : alpn, ms(t0, t1), ms(t1, t2), ms(t2, t3), deadline);
        } catch (GeneralSecurityException e) {
            socket.close();
            throw new SSLException("no TLS context: " + e.getMessage(), e);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    static String host(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Milliseconds left before the deadline, at least 1 (0 would mean "no timeout" to a socket). */
    static int remaining(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("timed out");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    static double ms(long from, long to) {
        return Math.round((to - from) / 10_000.0) / 100.0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

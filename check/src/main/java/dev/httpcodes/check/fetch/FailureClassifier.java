package dev.httpcodes.check.fetch;

import dev.httpcodes.check.http.NetworkFailure;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Names the kind of a network failure, from the exception and its causes. */
final class FailureClassifier {
    private FailureClassifier() {
    }

    static NetworkFailure classify(Throwable error, String url) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String kind = kind(t);
            if (kind != null) {
                String detail = detail(t);
                // "Connection refused: Connection refused." says nothing twice; the address says something.
                if (kind.equals("refused") && detail.equalsIgnoreCase("Connection refused")) {
                    detail = authority(url);
                }
                return new NetworkFailure(kind, url, detail);
            }
        }
        return new NetworkFailure("protocol", url, detail(error));
    }

    private static String kind(Throwable t) {
        if (t instanceof UnknownHostException) {
            return "dns";
        }
        if (t instanceof HttpConnectTimeoutException || t instanceof NoRouteToHostException) {
            return "connect-timeout";
        }
        if (t instanceof ConnectException) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            return m.contains("timed out") ? "connect-timeout" : "refused";
        }
        if (t instanceof SSLException) {
            return "tls";
        }
        if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
            return "timeout";
        }
        if (t instanceof MalformedResponseException) {
            return "protocol";
        }
        if (t instanceof EOFException || t instanceof SocketException) {
            return "reset";
        }
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("closed") || m.contains("reset") || m.contains("eof")) {
            return "reset";
        }
        return null;
    }

    private static String authority(String url) {
        try {
            java.net.URI u = java.net.URI.create(url);
            return u.getHost() + ":" + Connection.port(u);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String detail(Throwable t) {
        String m = t.getMessage();
        String name = t.getClass().getSimpleName();
        return m == null || m.isBlank() ? name : m;
    }
}

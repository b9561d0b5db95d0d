package dev.httpcodes.logs.formats.cdn;

import dev.httpcodes.logs.formats.LogRecord;

/** The host and path of an absolute URL ({@code https://host:443/path?query}), as byte ranges. */
final class UrlParts {
    private UrlParts() {
    }

    /** Sets the record's host (port dropped) and path (query dropped) from {@code b[start, end)}. */
    static void split(byte[] b, int start, int end, LogRecord r) {
        int pathStart = start;
        int scheme = indexOf(b, (byte) ':', start, end);
        if (scheme > start && scheme + 2 < end && b[scheme + 1] == '/' && b[scheme + 2] == '/') {
            int hostStart = scheme + 3;
            pathStart = indexOf(b, (byte) '/', hostStart, end);
            int q = indexOf(b, (byte) '?', hostStart, pathStart);
            pathStart = Math.min(pathStart, q);
            int hostEnd = pathStart;
            for (int k = hostStart; k < pathStart; k++) {
                if (b[k] == ':' && b[hostStart] != '[') {
                    hostEnd = k;
                    break;
                }
            }
            if (hostEnd > hostStart) {
                r.host(b, hostStart, hostEnd);
            }
        }
        int q = indexOf(b, (byte) '?', pathStart, end);
        if (q > pathStart) {
            r.path(b, pathStart, q);
        }
    }

    private static int indexOf(byte[] b, byte c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return end;
    }
}

package dev.httpcodes.server.httpbin.timing;

import java.util.ArrayList;
import java.util.List;

/**
 * A Range header read as the Go server behind go-httpbin reads it: {@code bytes=} then a comma list of
 * {@code first-last}, {@code first-} and {@code -suffix}; a last position past the end is cut to the end, a range
 * that starts past the end is dropped, and when only such ranges were given the request is unsatisfiable.
 */
final class ByteRanges {
    /** One range: {@code length} bytes from {@code start}. */
    record Span(long start, long length) {
        long end() {
            return start + length - 1;
        }

        String contentRange(long size) {
            return "bytes " + start + "-" + end() + "/" + size;
        }
    }

    /** Why a header cannot be served: malformed, or no range overlaps the body. */
    static final class Unsatisfiable extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean noOverlap;

        Unsatisfiable(String message, boolean noOverlap) {
            super(message);
            this.noOverlap = noOverlap;
        }
    }

    /** The most ranges one header may ask for; each costs a part header, so a client may not ask for thousands. */
    static final int MAX_SPANS = 100;

    private ByteRanges() {
    }

    /** The spans asked for (none for an empty header). */
    static List<Span> parse(String header, long size) throws Unsatisfiable {
        List<Span> spans = new ArrayList<>();
        if (header == null || header.isEmpty()) {
            return spans;
        }
        if (!header.startsWith("bytes=")) {
            throw malformed();
        }
        boolean noOverlap = false;
        String[] parts = header.substring("bytes=".length()).split(",", MAX_SPANS + 2);
        if (parts.length > MAX_SPANS + 1) {
            throw new Unsatisfiable("too many ranges: at most " + MAX_SPANS, false);
        }
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-');
            if (dash < 0) {
                throw malformed();
            }
            String first = part.substring(0, dash).strip();
            String last = part.substring(dash + 1).strip();
            if (first.isEmpty()) {
                Long suffix = digits(last);
                if (suffix == null) {
                    throw malformed();
                }
                if (suffix == 0) {
                    // The last zero bytes overlap nothing (RFC 9110 14.1.3).
                    noOverlap = true;
                    continue;
                }
                long n = Math.min(suffix, size);
                spans.add(new Span(size - n, n));
                continue;
            }
            Long start = digits(first);
            if (start == null) {
                throw malformed();
            }
            if (start >= size) {
                noOverlap = true;
                continue;
            }
            long end = size - 1;
            if (!last.isEmpty()) {
                Long asked = digits(last);
                if (asked == null || start > asked) {
                    throw malformed();
                }
                end = Math.min(asked, size - 1);
            }
            spans.add(new Span(start, end - start + 1));
        }
        if (noOverlap && spans.isEmpty()) {
            throw new Unsatisfiable("no range overlaps the " + size + " bytes", true);
        }
        return spans;
    }

    /** Unsigned decimal digits (Go's parser would take a sign, but a negative value is refused after it anyway). */
    private static Long digits(String text) {
        Long n = GoNumbers.integer(text);
        return n == null || n < 0 ? null : n;
    }

    private static Unsatisfiable malformed() {
        return new Unsatisfiable("the Range header is not a list of byte ranges", false);
    }

    static long total(List<Span> spans) {
        long sum = 0;
        for (Span s : spans) {
            sum += s.length();
        }
        return sum;
    }
}

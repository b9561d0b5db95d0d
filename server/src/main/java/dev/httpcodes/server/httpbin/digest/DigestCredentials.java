package dev.httpcodes.server.httpbin.digest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a {@code Digest} Authorization header (RFC 7616 section 3.4), read as RFC 9110 auth-params:
 * {@code name=token} or {@code name="quoted string"} (with backslash escapes, commas allowed inside), separated by
 * commas. Parameter names are case-insensitive; a repeated one makes the header invalid.
 */
record DigestCredentials(Map<String, String> params) {
    /** Headers longer than this are not parsed (the server's header limit is higher). */
    static final int MAX_LENGTH = 4096;
    /** More parameters than this make the header invalid; RFC 7616 defines about a dozen. */
    static final int MAX_PARAMS = 32;

    String get(String name) {
        return params.get(name);
    }

    /** The parameters of a Digest header, or empty when it is absent, of another scheme or malformed. */
    static Optional<DigestCredentials> parse(String header) {
        if (header == null || header.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String h = header.strip();
        if (h.length() < 7 || !h.substring(0, 7).equalsIgnoreCase("Digest ")) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        int i = 7;
        int n = h.length();
        while (i < n) {
            while (i < n && (h.charAt(i) == ' ' || h.charAt(i) == '\t' || h.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int nameStart = i;
            while (i < n && isTokenChar(h.charAt(i))) {
                i++;
            }
            String name = h.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n && (h.charAt(i) == ' ' || h.charAt(i) == '\t')) {
                i++;
            }
            if (name.isEmpty() || i >= n || h.charAt(i) != '=') {
                return Optional.empty();
            }
            i++;
            while (i < n && (h.charAt(i) == ' ' || h.charAt(i) == '\t')) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && h.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = h.charAt(i++);
                    if (c == '\\' && i < n) {
                        value.append(h.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    return Optional.empty();
                }
            } else {
                while (i < n && isTokenChar(h.charAt(i))) {
                    value.append(h.charAt(i++));
                }
            }
            while (i < n && (h.charAt(i) == ' ' || h.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && h.charAt(i) != ',') {
                return Optional.empty();
            }
            if (params.put(name, value.toString()) != null || params.size() > MAX_PARAMS) {
                return Optional.empty();
            }
        }
        return Optional.of(new DigestCredentials(Map.copyOf(params)));
    }

    /** RFC 9110's tchar. */
    private static boolean isTokenChar(char c) {
        return c < 0x7f && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
    }
}

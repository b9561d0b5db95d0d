package dev.httpcodes.spring;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The one way the adapters word an error response in an exception message. */
final class StatusMessages {
    /** How much of a response body goes into a message: enough to see an error page's first line. */
    static final int BODY_EXCERPT = 200;

    private StatusMessages() {
    }

    /** {@code 522 Connection Timed Out (Cloudflare) on GET https://example.com/: <body excerpt>} */
    static String message(HttpcodesStatus status, String method, URI url, byte[] body, Charset charset) {
        StringBuilder b = new StringBuilder(status.describe());
        if (method != null && url != null) {
            b.append(" on ").append(method).append(' ').append(url);
        }
        String excerpt = excerpt(body, charset);
        if (!excerpt.isEmpty()) {
            b.append(": ").append(excerpt);
        }
        return b.toString();
    }

    /**
     * The start of the body on one line, control characters replaced: server-controlled bytes must not reach a log
     * or terminal as escape sequences.
     */
    static String excerpt(byte[] body, Charset charset) {
        if (body == null || body.length == 0) {
            return "";
        }
        int length = Math.min(body.length, BODY_EXCERPT * 4);
        String text = new String(body, 0, length, charset == null ? StandardCharsets.UTF_8 : charset);
        StringBuilder b = new StringBuilder(Math.min(text.length(), BODY_EXCERPT + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && b.length() < BODY_EXCERPT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                if (!space && b.length() > 0) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        String s = b.toString().strip();
        return text.length() > BODY_EXCERPT || body.length > length ? s + "…" : s;
    }
}

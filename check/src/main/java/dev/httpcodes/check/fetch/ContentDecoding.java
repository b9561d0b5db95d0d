package dev.httpcodes.check.fetch;

import dev.httpcodes.check.http.HeaderFields;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes gzip content coding for fingerprinting (we send no Accept-Encoding, but some servers compress anyway). The
 * result is capped like any body; anything that does not decode is kept as received.
 */
public final class ContentDecoding {
    private ContentDecoding() {
    }

    public static byte[] decode(HeaderFields headers, byte[] body, boolean truncated) {
        String coding = headers.first("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (body.length == 0 || !(coding.equals("gzip") || coding.equals("x-gzip"))) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while (out.size() < FetchOptions.DEFAULT_BODY_CAP && (n = in.read(buffer)) > 0) {
                out.write(buffer, 0, Math.min(n, FetchOptions.DEFAULT_BODY_CAP - out.size()));
            }
            return out.toByteArray();
        } catch (IOException e) {
            // A truncated gzip stream ends early; what decoded so far is not kept, to stay simple and predictable.
            return body;
        }
    }
}

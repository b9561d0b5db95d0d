package dev.httpcodes.server.httpbin.echo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An {@code application/x-www-form-urlencoded} body read as Go's {@code url.ParseQuery} reads it: pairs split on
 * {@code &}, {@code +} as a space, and a malformed percent escape or a {@code ;} separator refused, where a lenient
 * decoder would guess.
 */
final class FormDecoder {
    private FormDecoder() {
    }

    static Map<String, List<String>> decode(String body) throws BadBodyException {
        Map<String, List<String>> values = new TreeMap<>();
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (pair.indexOf(';') >= 0) {
                throw new BadBodyException("a form field may not be separated by a semicolon");
            }
            int equals = pair.indexOf('=');
            String name = unescape(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : unescape(pair.substring(equals + 1));
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String unescape(String text) throws BadBodyException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                int high = i + 1 < bytes.length ? Character.digit(bytes[i + 1], 16) : -1;
                int low = i + 2 < bytes.length ? Character.digit(bytes[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    throw new BadBodyException("malformed percent escape in form field \"" + shorten(text) + "\"");
                }
                out.write(high * 16 + low);
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Enough of the field to find it, never the whole of a large one. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}

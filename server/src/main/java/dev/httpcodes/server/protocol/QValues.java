package dev.httpcodes.server.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header of weighted values ({@code Accept}, {@code Accept-Language}): each value with its q (RFC 9110 §12.4.2),
 * lower-cased. Capped: headers over {@link #MAX_LENGTH} characters and values past {@link #MAX_VALUES} are ignored.
 */
public record QValues(List<Weighted> values) {
    static final int MAX_LENGTH = 2048;
    static final int MAX_VALUES = 32;

    /** One value and its weight; a q that is not a number counts as 0 (not acceptable). */
    record Weighted(String value, double q) {
    }

    static QValues parse(String header) {
        List<Weighted> result = new ArrayList<>();
        if (header == null || header.isBlank() || header.length() > MAX_LENGTH) {
            return new QValues(result);
        }
        for (String part : header.split(",", MAX_VALUES)) {
            String[] pieces = part.split(";");
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            result.add(new Weighted(pieces[0].strip().toLowerCase(Locale.ROOT), q));
        }
        return new QValues(result);
    }
}

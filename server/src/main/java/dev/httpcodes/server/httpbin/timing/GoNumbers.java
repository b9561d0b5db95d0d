package dev.httpcodes.server.httpbin.timing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers in paths and queries, accepted as go-httpbin's Go parsers accept them: integers with an optional sign and
 * leading zeros ({@code 011}, {@code +5}) but no other bases or separators, and decimal floats, so that the same
 * inputs are refused here as there.
 */
final class GoNumbers {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,19}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private GoNumbers() {
    }

    /** A signed 64-bit integer, or null when the text is not one (or does not fit). */
    static Long integer(String text) {
        if (text == null || !INTEGER.matcher(text).matches()) {
            return null;
        }
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A float as Go's parser reads one: decimal (with exponent), or inf/infinity/nan in any case; null otherwise,
     * and for a decimal too large for a double.
     */
    static Double decimal(String text) {
        if (text == null || text.length() > 64) {
            return null;
        }
        String word = text.toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
        if (word.equals("inf") || word.equals("infinity")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equals("nan")) {
            return Double.NaN;
        }
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isInfinite(value) ? null : value;
    }
}

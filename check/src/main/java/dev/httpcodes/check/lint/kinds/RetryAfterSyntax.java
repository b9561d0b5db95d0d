package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code retry-after}: the field must be delay-seconds or an HTTP-date (RFC 9110 §10.2.3, §5.6.7): IMF-fixdate, or
 * one of the two obsolete forms recipients must accept.
 */
public final class RetryAfterSyntax implements Check {
    private static final Pattern SECONDS = Pattern.compile("^[0-9]+$");
    /** HTTP-dates use English names (RFC 9110 §5.6.7); CLDR's root locale has none, hence Locale.US. */
    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US),
        DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US),
        DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)};

    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        for (String field : rule.fields()) {
            for (String value : c.response().headers().all(field)) {
                if (!valid(value.strip())) {
                    out.add(rule, c, field, "value", value);
                }
            }
        }
    }

    static boolean valid(String value) {
        if (SECONDS.matcher(value).matches()) {
            return true;
        }
        // Syntax only: parseUnresolved does not cross-check the weekday, which two-digit years would break.
        for (DateTimeFormatter f : DATES) {
            java.text.ParsePosition at = new java.text.ParsePosition(0);
            if (f.parseUnresolved(value, at) != null && at.getErrorIndex() < 0 && at.getIndex() == value.length()) {
                return true;
            }
        }
        return false;
    }
}

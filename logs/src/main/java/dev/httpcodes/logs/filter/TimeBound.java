package dev.httpcodes.logs.filter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code --since} / {@code --until}: an ISO-8601 time ({@code 2026-11-27T10:00:00Z}, with an offset, without one
 * meaning UTC, or a date alone meaning its midnight UTC), or a duration back from now ({@code 90s}, {@code 30m},
 * {@code 2h}, {@code 7d}). Durations count from the time of the run, not from the log's last line: a log is read once,
 * as it streams, and its last time is only known at its end.
 */
final class TimeBound {
    /** Durations up to 100 years: anything longer is a typing mistake. */
    static final long MAX_SECONDS = 100L * 366 * 86400;

    private TimeBound() {
    }

    static long parse(String option, String text, long now) {
        String t = text.trim();
        if (t.matches("[0-9]{1,10}[smhd]")) {
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            long unit = switch (t.charAt(t.length() - 1)) {
                case 's' -> 1;
                case 'm' -> 60;
                case 'h' -> 3600;
                default -> 86400;
            };
            if (n * unit > MAX_SECONDS) {
                throw new IllegalArgumentException(option + " " + text + ": at most 100 years back");
            }
            return now - n * unit;
        }
        try {
            return OffsetDateTime.parse(t).toEpochSecond();
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": \"" + text + "\" is neither an ISO-8601 time "
                    + "(2026-11-27T10:00:00Z, 2026-11-27) nor a duration back from now (90s, 30m, 2h, 7d)");
        }
    }
}

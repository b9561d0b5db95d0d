package dev.httpcodes.logs.formats;

import java.util.function.Supplier;

/**
 * Format detection by parsing: whether a sample line reads as one format. Each thread keeps its own parser and
 * scratch record for the format (parsers are not thread-safe, and detection runs on every file opened), so a
 * trial allocates nothing per line.
 */
public final class DetectionTrial {
    private record Slot(LineParser parser, LogRecord record) {
    }

    private final ThreadLocal<Slot> slots;

    public DetectionTrial(Supplier<? extends LineParser> parsers) {
        this.slots = ThreadLocal.withInitial(() -> new Slot(parsers.get(), new LogRecord()));
    }

    /** Whether {@code b[start, end)} parses as this format. */
    public boolean reads(byte[] b, int start, int end) {
        Slot s = slots.get();
        s.record.reset(b);
        return s.parser.parse(b, start, end, s.record);
    }
}

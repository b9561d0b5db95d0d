package dev.httpcodes.logs;

/** Parses one line of one log format. Implementations keep no state between lines unless documented. */
interface LineParser {
    /**
     * Parses {@code line[start, end)} (no line terminator) into {@code record}.
     *
     * @return false when the line is not a valid line of this format (it is then counted as malformed)
     */
    boolean parse(byte[] line, int start, int end, LogRecord record);

    /** Whether lines may be parsed in any order on several threads. */
    default boolean parallel() {
        return true;
    }
}

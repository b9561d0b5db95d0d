package dev.httpcodes.logs.formats;

/**
 * Parses one line of one log format. A parser keeps only per-thread caches between lines, except for formats with
 * directive lines (W3C {@code #Fields:}), whose column layout is their {@linkplain #context() context}: the reader
 * tracks the directives in file order and hands each block's workers the context in effect at its start, so such
 * formats parse in parallel too.
 */
public interface LineParser {
    /**
     * Parses {@code line[start, end)} (no line terminator) into {@code record}.
     *
     * @return false when the line is not a valid line of this format (it is then counted as malformed)
     */
    boolean parse(byte[] line, int start, int end, LogRecord record);

    /** Whether lines starting with {@code #} are directives of this format. */
    default boolean hasDirectives() {
        return false;
    }

    /** Takes in a directive line ({@code #…}); only called when {@link #hasDirectives()}. */
    default void directive(byte[] line, int start, int end) {
    }

    /** The state directives have set (immutable), or null for formats without directives. */
    default Object context() {
        return null;
    }

    /** Continues from a context another parser of the same format returned. */
    default void context(Object context) {
    }
}

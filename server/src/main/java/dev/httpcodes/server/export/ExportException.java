package dev.httpcodes.server.export;

/** The export cannot start or finish (the output directory is in the way, or a file cannot be written). */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean refused;

    private ExportException(String message, Throwable cause, boolean refused) {
        super(message, cause);
        this.refused = refused;
    }

    /** The output directory is in the way: not empty, or not a directory. Nothing was written. */
    static ExportException refused(String message) {
        return new ExportException(message, null, true);
    }

    /** Reading an asset or writing a file failed. */
    static ExportException failed(String message, Throwable cause) {
        return new ExportException(message, cause, false);
    }

    /** True when the export refused to start because of the output directory (a usage error), not an I/O fault. */
    public boolean refused() {
        return refused;
    }
}

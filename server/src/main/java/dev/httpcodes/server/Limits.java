package dev.httpcodes.server;

/** Every size and count a client controls, capped. */
public final class Limits {
    /** Longest request line; longer gets 414 from the HTTP codec. */
    static final int MAX_REQUEST_LINE = 8 * 1024;
    /** Largest header section; larger gets 431 from the HTTP codec. */
    static final int MAX_HEADER_SIZE = 16 * 1024;
    /** Longest search query, in characters. */
    public static final int MAX_QUERY = 200;
    /** Most results one search or list page returns. */
    public static final int MAX_RESULTS = 100;
    /** Default number of search results. */
    public static final int DEFAULT_RESULTS = 20;
    /** Lines the access log may queue before it starts dropping (and counting) them. */
    static final int ACCESS_LOG_QUEUE = 10_000;

    private Limits() {
    }
}

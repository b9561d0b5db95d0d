package dev.httpcodes.server.httpbin.websocket;

/** The server's count of long-lived exchanges, which an echo session holds one of while it is open. */
public interface SessionSlots {
    /** Takes a slot; false when none is free. */
    boolean take();

    /** Gives back a slot taken. */
    void give();
}

/**
 * go-httpbin's {@code /websocket/echo}: a WebSocket (RFC 6455) that sends each message back, with the client's
 * choice of fragment and message limits inside the server's body cap, and sessions capped in time and count.
 */
package dev.httpcodes.server.httpbin.websocket;

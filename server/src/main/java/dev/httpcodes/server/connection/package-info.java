/**
 * Connections from accept to close, below the router: the cap on open connections, the header clock that cuts a
 * client too slow to send a request head, the decoder that sees framing conflicts, and half-close handling.
 */
package dev.httpcodes.server.connection;

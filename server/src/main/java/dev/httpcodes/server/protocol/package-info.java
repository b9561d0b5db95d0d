/**
 * HTTP rules shared by every route: request framing (RFC 9112), content and language negotiation, and the one way
 * responses are written and cached.
 */
package dev.httpcodes.server.protocol;

/**
 * go-httpbin's {@code /digest-auth/{qop}/{user}/{passwd}[/{algorithm}]}: HTTP Digest authentication (RFC 7616) with
 * qop {@code auth} and the MD5 and SHA-256 algorithms.
 */
package dev.httpcodes.server.httpbin.digest;

/**
 * go-httpbin's request echoes ({@code /anything}, {@code /get}, {@code /post}, {@code /headers}, {@code /ip}, …):
 * the request read back as JSON, bodies decoded within the configured cap, and the CORS answers of the httpbin paths.
 */
package dev.httpcodes.server.httpbin.echo;

/**
 * go-httpbin's time-shaped endpoints: {@code /status}, {@code /redirect}, {@code /delay}, {@code /drip}, {@code /sse}
 * and {@code /range}, with Go-style durations and the server-wide caps that bound every timer they start.
 */
package dev.httpcodes.server.httpbin.timing;

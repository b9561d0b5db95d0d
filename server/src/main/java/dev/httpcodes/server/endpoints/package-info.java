/**
 * Test endpoints that answer any status code on demand ({@code /{code}}, {@code /status/…}, delays, drips,
 * redirects, rate limits), with the headers each code implies.
 */
package dev.httpcodes.server.endpoints;

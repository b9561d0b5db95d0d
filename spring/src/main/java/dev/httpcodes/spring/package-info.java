/**
 * Spring adapter: {@link dev.httpcodes.spring.HttpcodesStatus} (an {@code HttpStatusCode} for any code, with
 * its httpcodes entry), error handlers for RestClient/RestTemplate and WebClient whose exceptions name vendor codes,
 * and {@link dev.httpcodes.spring.EntryProblemDetails} for RFC 9457 responses.
 */
package dev.httpcodes.spring;

/**
 * Live fetching: one connection per hop, opened and timed here (DNS, TCP, TLS), HTTP/1.1 spoken on it directly so
 * that interim responses, framing mistakes and content where none is allowed stay visible; HTTP/2 (when TLS
 * negotiates h2) goes through the JDK client, which hides interim responses and reports only time to headers.
 */
package dev.httpcodes.check.fetch;

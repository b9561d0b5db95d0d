/**
 * The httpcodes server: one non-blocking Vert.x HTTP server with the web reference (server-rendered HTML), the JSON
 * API, health and metrics, all in one route table ({@link dev.httpcodes.server.Routes}). Binds 127.0.0.1 by
 * default; every size a client controls is capped.
 */
package dev.httpcodes.server;

/** What the operator sees and controls: the access log, metrics and the per-client rate limiter. */
package dev.httpcodes.server.ops;

/** The JSON API under {@code /api/v1} and its OpenAPI description. */
package dev.httpcodes.server.api;

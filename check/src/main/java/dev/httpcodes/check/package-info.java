/**
 * {@code httpcodes check}: follow a request's redirect chain (or read a HAR file or a curl transcript), lint every
 * response against the rules in {@code knowledge/lint-rules.yaml}, and attribute each response to the layer that
 * produced it with the fingerprints in {@code knowledge/fingerprints.yaml}. {@link dev.httpcodes.check.Checker} is
 * the entry point. Only the CLI uses this module: the server never fetches a URL for a client.
 */
package dev.httpcodes.check;

/**
 * The rules {@code httpcodes check} lints responses with and the fingerprints that tell who produced a response,
 * compiled at build time from {@code knowledge/lint-rules.yaml} and {@code knowledge/fingerprints.yaml}. Data only:
 * the code that interprets a rule's {@code check} lives in the check module.
 */
package dev.httpcodes.core.rules;

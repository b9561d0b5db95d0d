/**
 * Who produced a response: matches the fingerprints of {@code knowledge/fingerprints.yaml} against its headers and
 * body and names the producer with the highest weight, with every piece of evidence and the layers it passed.
 */
package dev.httpcodes.check.producer;

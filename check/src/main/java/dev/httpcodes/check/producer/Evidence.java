package dev.httpcodes.check.producer;

/**
 * One matched trace.
 *
 * @param producer the producer's id
 * @param source   {@code header} or {@code body}
 * @param matched  what matched: the field line, or the matching part of the body (at most 120 characters)
 * @param meaning  what the trace means, in the chosen language
 * @param weight   the signal's weight
 */
public record Evidence(String producer, String source, String matched, String meaning, int weight) {
}

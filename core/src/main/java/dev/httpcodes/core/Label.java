package dev.httpcodes.core;

/**
 * A named grouping from the knowledge base's taxonomy: a status class, a standing, a vendor or a stack.
 *
 * @param summary a one-line explanation; empty texts for vendors and stacks
 */
public record Label(String id, LocalizedText name, LocalizedText summary) {
}

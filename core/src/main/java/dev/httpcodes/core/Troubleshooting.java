package dev.httpcodes.core;

import java.util.List;

/**
 * One likely cause of a status code on one stack, with its fixes.
 *
 * @param stack the stack id from the taxonomy, e.g. {@code nginx}; see {@link Registry#stacks()}
 */
public record Troubleshooting(String stack, LocalizedText cause, List<LocalizedText> fixes) {
}

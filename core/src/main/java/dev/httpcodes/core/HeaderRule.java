package dev.httpcodes.core;

import java.util.Optional;

/**
 * A header field that goes with a status code, and how strongly the specification asks for it.
 *
 * @param name        the field name, e.g. {@code Retry-After}
 * @param requirement how strongly it is asked for
 * @param request     true when the field is a request field the code refers to (e.g. {@code Expect} for 417)
 * @param note        an optional remark
 */
public record HeaderRule(String name, Requirement requirement, boolean request, Optional<LocalizedText> note) {
}

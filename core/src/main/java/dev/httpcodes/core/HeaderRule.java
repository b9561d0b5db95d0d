package dev.httpcodes.core;

import java.util.Optional;

/**
 * A header field that goes with a status code, and how strongly the specification asks for it.
 *
 * @param name        the field name, e.g. {@code Retry-After}
 * @param requirement {@code MUST}, {@code SHOULD}, {@code MAY}, {@code MUST NOT}, {@code SHOULD NOT} or
 *                    {@code typical} (customary, not required)
 * @param request     true when the field is a request field the code refers to (e.g. {@code Expect} for 417)
 * @param note        an optional remark
 */
public record HeaderRule(String name, String requirement, boolean request, Optional<LocalizedText> note) {
}

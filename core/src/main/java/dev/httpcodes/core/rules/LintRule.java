package dev.httpcodes.core.rules;

import dev.httpcodes.core.LocalizedText;
import dev.httpcodes.core.Reference;
import java.util.List;

/**
 * One rule of {@code knowledge/lint-rules.yaml}.
 *
 * @param id      stable id, shown to users and in JSON
 * @param check   the kind of test that interprets the rule (e.g. {@code header-missing})
 * @param codes   status patterns the rule applies to (see {@link CodePattern})
 * @param fields  the header fields the rule concerns, in the order the check looks at them
 * @param level   {@code error} (a MUST), {@code warning} (a SHOULD) or {@code info}
 * @param section the specification section, with its address
 * @param message the message, with {@code {name}} placeholders the check fills
 */
public record LintRule(String id, String check, List<String> codes, List<String> fields, String level,
        Reference section, LocalizedText message) {
    public boolean appliesTo(int code) {
        return CodePattern.anyMatches(codes, code);
    }

    /** The first field, or empty for rules about the status itself. */
    public String field() {
        return fields.isEmpty() ? "" : fields.get(0);
    }
}

package dev.httpcodes.check.lint;

/**
 * One thing a rule found.
 *
 * @param rule       the rule's stable id
 * @param level      {@code error}, {@code warning} or {@code info}
 * @param field      the header field concerned, or "" for the status itself
 * @param section    the specification section, e.g. {@code RFC 9110 §15.5.2}
 * @param sectionUrl the section's address
 * @param message    the message in the chosen language, placeholders filled
 * @param interim    the status of the interim (1xx) response it is about, or 0 for the final response
 */
public record Finding(String rule, String level, String field, String section, String sectionUrl, String message,
        int interim) {
    public boolean isError() {
        return level.equals("error");
    }
}

/**
 * The linter: runs every rule of {@code knowledge/lint-rules.yaml} that applies to a response's status, through
 * the {@link dev.httpcodes.check.lint.Check} its {@code check} names ({@link dev.httpcodes.check.lint.CheckTable}),
 * and collects findings with the rule's id, level, field, section and message.
 */
package dev.httpcodes.check.lint;

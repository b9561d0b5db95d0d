package dev.httpcodes.check.lint;

import dev.httpcodes.core.rules.LintRule;

/** The code behind one kind of rule ({@code check} in the data): looks at a response and reports what it finds. */
public interface Check {
    void run(LintRule rule, HopContext context, Findings findings);

    /** True for checks that also look at interim (1xx) responses. */
    default boolean interimToo() {
        return false;
    }
}

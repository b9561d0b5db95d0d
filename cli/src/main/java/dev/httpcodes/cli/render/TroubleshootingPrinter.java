package dev.httpcodes.cli.render;

import dev.httpcodes.core.Label;
import dev.httpcodes.core.LocalizedText;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Troubleshooting;
import java.util.List;
import java.util.Optional;

/** Prints causes and fixes, grouped under the stack they apply to. */
public final class TroubleshootingPrinter {
    private final Registry registry;
    private final Terminal term;

    public TroubleshootingPrinter(Registry registry, Terminal term) {
        this.registry = registry;
        this.term = term;
    }

    public void print(List<Troubleshooting> items) {
        String lastStack = null;
        for (Troubleshooting t : items) {
            if (!t.stack().equals(lastStack)) {
                // No lambda: `-v` is a plain lookup, which must not pay for bootstrapping one.
                Optional<Label> stack = registry.stack(t.stack());
                String name = stack.isPresent() ? stack.get().name().in(term.lang()) : t.stack();
                term.line("  " + term.style().bold("[" + name + "]"));
                lastStack = t.stack();
            }
            term.wrapped("- " + term.style().text(t.cause().in(term.lang())), "    ");
            for (LocalizedText fix : t.fixes()) {
                term.wrapped("→ " + term.style().text(fix.in(term.lang())), "      ");
            }
        }
    }
}

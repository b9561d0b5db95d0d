package dev.httpcodes.cli.render;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Answer;
import dev.httpcodes.core.guide.Choice;
import dev.httpcodes.core.guide.Question;
import dev.httpcodes.ui.GuideText;
import java.util.ArrayList;
import java.util.List;

/** Prints questions of the decision flow with numbered choices, and the answer a walk reaches. */
public final class FlowPrinter {
    private final Registry registry;
    private final Terminal term;

    public FlowPrinter(Registry registry, Terminal term) {
        this.registry = registry;
        this.term = term;
    }

    public void question(Question q) {
        Lang lang = term.lang();
        term.wrapped(term.style().bold(q.text().in(lang)), "");
        if (q.help().isPresent()) {
            term.wrapped(term.style().dim(q.help().get().in(lang)), "");
        }
        List<Choice> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
            term.wrapped((i + 1) + ") " + choices.get(i).label().in(lang), "  ");
        }
    }

    public void answer(Answer a) {
        Lang lang = term.lang();
        Entry e = registry.getById(a.code());
        Style style = term.style();
        term.line(GuideText.USE.in(lang) + ": " + style.byClass(e.statusClass(), e.id()) + " "
                + style.bold(e.phrase()) + " · " + e.title().in(lang));
        term.wrapped(a.why().in(lang), "  ");
        if (!a.also().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String id : a.also()) {
                names.add(id + " " + registry.getById(id).phrase());
            }
            term.wrapped(style.dim(GuideText.SEE_ALSO.in(lang) + ": " + String.join(", ", names)), "  ");
        }
    }
}

package dev.httpcodes.cli.render;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.ui.UiText;
import java.util.List;

/**
 * Prints entries one per line in aligned columns: code, phrase, title (Chinese title in English mode too, since
 * people look for it), standing and vendor. Columns are padded by display width so Chinese text lines up.
 */
public final class TablePrinter {
    private final Registry registry;
    private final Terminal term;

    public TablePrinter(Registry registry, Terminal term) {
        this.registry = registry;
        this.term = term;
    }

    public void print(List<Entry> entries) {
        Lang lang = term.lang();
        int codeWidth = 4;
        int phraseWidth = UiText.COLUMN_PHRASE.in(lang).length();
        int titleWidth = DisplayWidth.of(UiText.COLUMN_TITLE.in(lang));
        for (Entry e : entries) {
            codeWidth = Math.max(codeWidth, e.id().length());
            phraseWidth = Math.max(phraseWidth, Math.min(40, DisplayWidth.of(e.phrase())));
            titleWidth = Math.max(titleWidth, Math.min(30, DisplayWidth.of(e.title().zh())));
        }
        Style style = term.style();
        term.line(style.bold(pad(UiText.COLUMN_CODE.in(lang), codeWidth) + "  "
                + pad(UiText.COLUMN_PHRASE.in(lang), phraseWidth) + "  " + pad(UiText.COLUMN_TITLE.in(lang), titleWidth)
                + "  " + UiText.COLUMN_STANDING.in(lang)));
        for (Entry e : entries) {
            String standing = registry.label(e.standing()).name().in(lang)
                    + e.vendor().map(v -> " · " + v.name().in(lang)).orElse("");
            term.line(style.byClass(e.statusClass(), pad(e.id(), codeWidth)) + "  "
                    + pad(e.phrase(), phraseWidth) + "  " + pad(e.title().zh(), titleWidth) + "  " + standing);
        }
    }

    /** Pads to a display width; text wider than that is kept whole and shifts the row rather than being cut. */
    static String pad(String text, int width) {
        int w = DisplayWidth.of(text);
        return w >= width ? text : text + " ".repeat(width - w);
    }
}

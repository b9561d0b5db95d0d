package dev.httpcodes.cli;

import dev.httpcodes.core.Lang;

/** Values of {@code --lang}; lower-case names because picocli shows them in help and completion. */
enum LangOption {
    zh(Lang.ZH),
    en(Lang.EN);

    final Lang lang;

    LangOption(Lang lang) {
        this.lang = lang;
    }
}

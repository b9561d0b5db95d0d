package dev.httpcodes.server.pages;

import static dev.httpcodes.server.pages.Html.esc;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Answer;
import dev.httpcodes.core.guide.Choice;
import dev.httpcodes.core.guide.DecisionFlow;
import dev.httpcodes.core.guide.Question;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.GuideText;
import dev.httpcodes.ui.UiText;

/**
 * {@code /which}: the whole decision flow as nested {@code details}/{@code summary} elements, so every step opens
 * without JavaScript and several replies can be compared side by side. Each question has an anchor
 * ({@code #q-id}) for links. The flow is a tree (checked at build time), so the nesting is finite.
 */
public final class WhichPage {
    private final Registry registry;
    private final SiteUrls urls;

    WhichPage(Registry registry, SiteUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    String render(DecisionFlow flow, Lang lang) {
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<article class=\"which\">\n<h1>").append(esc(GuideText.WHICH_TITLE.in(lang))).append("</h1>\n<p>")
                .append(esc(GuideText.WHICH_INTRO.in(lang))).append("</p>\n");
        question(b, flow, flow.start(), lang);
        return b.append("</article>\n").toString();
    }

    private void question(StringBuilder b, DecisionFlow flow, Question q, Lang lang) {
        b.append("<section class=\"question\" id=\"q-").append(esc(q.id())).append("\">\n<h2>")
                .append(esc(q.text().in(lang))).append("</h2>\n");
        q.help().ifPresent(h -> b.append("<p class=\"help\">").append(esc(h.in(lang))).append("</p>\n"));
        b.append("<ol class=\"choices\">\n");
        for (Choice c : q.choices()) {
            b.append("<li><details><summary>").append(esc(c.label().in(lang))).append("</summary>\n");
            if (c.answer().isPresent()) {
                answer(b, c.answer().get(), lang);
            } else {
                question(b, flow, flow.next(c), lang);
            }
            b.append("</details></li>\n");
        }
        b.append("</ol>\n</section>\n");
    }

    private void answer(StringBuilder b, Answer a, Lang lang) {
        Entry e = registry.getById(a.code());
        b.append("<div class=\"answer\"><p><strong>").append(esc(GuideText.USE.in(lang) + UiText.colon(lang).strip()))
                .append("</strong>").append(lang == Lang.ZH ? "" : " ")
                .append(EntryLink.html(e, lang, urls)).append("</p>\n<p>").append(esc(a.why().in(lang)))
                .append("</p>\n");
        if (!a.also().isEmpty()) {
            b.append("<p class=\"also\">").append(esc(GuideText.SEE_ALSO.in(lang) + UiText.colon(lang)));
            for (int i = 0; i < a.also().size(); i++) {
                b.append(i > 0 ? UiText.listSeparator(lang) : "").append(EntryLink.html(registry.getById(a.also().get(i)), lang,
                        urls));
            }
            b.append("</p>\n");
        }
        b.append("</div>\n");
    }
}

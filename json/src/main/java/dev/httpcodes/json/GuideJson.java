package dev.httpcodes.json;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Answer;
import dev.httpcodes.core.guide.Choice;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.core.guide.DecisionFlow;
import dev.httpcodes.core.guide.Question;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of the guides, in one language, shared by the CLI ({@code which --json}, {@code compare --json})
 * and the API ({@code /api/v1/which}, {@code /api/v1/compare/{a}/{b}}). The shapes are documented in the server's
 * OpenAPI document (schemas {@code DecisionFlow} and {@code Comparison}).
 */
public final class GuideJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Registry registry;
    private final Lang lang;

    public GuideJson(Registry registry, Lang lang) {
        this.registry = registry;
        this.lang = lang;
    }

    /** The whole decision flow: the first question's id and every question with its numbered choices. */
    public ObjectNode flow(DecisionFlow flow) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", flow.start().id());
        ArrayNode questions = o.putArray("questions");
        flow.questions().forEach(q -> questions.add(question(q)));
        return o;
    }

    /** Where a walk stopped: the replies, the code reached (or null) and the question still open (or null). */
    public ObjectNode walk(DecisionFlow.Walk walk) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode replies = o.putArray("replies");
        walk.replies().forEach(replies::add);
        if (walk.answer().isPresent()) {
            o.set("answer", answer(walk.answer().get()));
            o.putNull("question");
        } else {
            o.putNull("answer");
            o.set("question", question(walk.last()));
        }
        return o;
    }

    public ObjectNode question(Question q) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", q.id());
        o.put("text", q.text().in(lang));
        if (q.help().isPresent()) {
            o.put("help", q.help().get().in(lang));
        } else {
            o.putNull("help");
        }
        ArrayNode choices = o.putArray("choices");
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            ObjectNode choice = choices.addObject();
            choice.put("number", i + 1);
            choice.put("label", c.label().in(lang));
            if (c.next().isPresent()) {
                choice.put("next", c.next().get());
                choice.putNull("answer");
            } else {
                choice.putNull("next");
                choice.set("answer", answer(c.answer().get()));
            }
        }
        return o;
    }

    /** An answer with the phrase and title of its code, so a client needs no second request to show it. */
    public ObjectNode answer(Answer a) {
        Entry e = registry.getById(a.code());
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", a.code());
        o.put("phrase", e.phrase());
        o.put("title", e.title().in(lang));
        o.put("why", a.why().in(lang));
        ArrayNode also = o.putArray("also");
        a.also().forEach(also::add);
        return o;
    }

    /** Two entries side by side, with the hand-written distinction when there is one (null otherwise). */
    public ObjectNode comparison(Entry first, Entry second, Optional<Comparison> comparison) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode codes = o.putArray("codes");
        codes.add(first.id()).add(second.id());
        EntryJson entries = new EntryJson(registry, lang);
        o.putArray("entries").add(entries.entry(first)).add(entries.entry(second));
        if (comparison.isPresent()) {
            o.put("distinction", comparison.get().distinction().in(lang));
        } else {
            o.putNull("distinction");
        }
        return o;
    }

    /** The pairs that have a distinction, as {@code [{"codes": [a, b], "distinction": …}]}. */
    public ArrayNode pairs(Iterable<Comparison> comparisons) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Comparison c : comparisons) {
            ObjectNode o = array.addObject();
            o.putArray("codes").add(c.first()).add(c.second());
            o.put("distinction", c.distinction().in(lang));
        }
        return array;
    }
}

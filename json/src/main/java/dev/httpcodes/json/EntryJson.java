package dev.httpcodes.json;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.HeaderRule;
import dev.httpcodes.core.Label;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.LocalizedText;
import dev.httpcodes.core.Reference;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Semantics;
import dev.httpcodes.core.Troubleshooting;
import java.util.Collection;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/**
 * Serializes entries in one language. The shape is {@code docs/entry.schema.json}; texts are in the chosen
 * language, ids and enumerations are not translated.
 */
public final class EntryJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Registry registry;
    private final Lang lang;

    public EntryJson(Registry registry, Lang lang) {
        this.registry = registry;
        this.lang = lang;
    }

    /** One entry object. */
    public ObjectNode entry(Entry e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("code", e.code().code());
        Optional<Integer> sub = e.code().subcode();
        if (sub.isPresent()) {
            o.put("subcode", sub.get());
        } else {
            o.putNull("subcode");
        }
        o.put("class", e.statusClass().id());
        o.put("phrase", e.phrase());
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        o.put("standing", e.standing().id());
        Optional<Label> vendor = e.vendor();
        if (vendor.isPresent()) {
            o.put("vendor", vendor.get().id());
            o.put("vendorName", vendor.get().name().in(lang));
        } else {
            o.putNull("vendor");
            o.putNull("vendorName");
        }
        o.put("title", e.title().in(lang));
        o.put("summary", e.summary().in(lang));
        o.put("description", e.description().in(lang));
        putText(o, "history", e.history());
        ArrayNode refs = o.putArray("references");
        for (Reference r : e.references()) {
            refs.addObject().put("label", r.label()).put("url", r.url());
        }
        Optional<Semantics> semantics = e.semantics();
        if (semantics.isPresent()) {
            o.set("semantics", semantics(semantics.get()));
        } else {
            o.putNull("semantics");
        }
        ArrayNode related = o.putArray("related");
        e.related().forEach(related::add);
        ArrayNode keywords = o.putArray("keywords");
        e.keywords(lang).forEach(keywords::add);
        ArrayNode misconceptions = o.putArray("misconceptions");
        for (LocalizedText m : e.misconceptions()) {
            misconceptions.add(m.in(lang));
        }
        ArrayNode items = o.putArray("troubleshooting");
        for (Troubleshooting t : e.troubleshooting()) {
            ObjectNode item = items.addObject();
            item.put("stack", t.stack());
            item.put("stackName", registry.stack(t.stack()).map(l -> l.name().in(lang)).orElse(t.stack()));
            item.put("cause", t.cause().in(lang));
            ArrayNode fixes = item.putArray("fixes");
            t.fixes().forEach(f -> fixes.add(f.in(lang)));
        }
        return o;
    }

    private ObjectNode semantics(Semantics s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("cacheable", s.cacheable());
        o.put("content", s.contentAllowed() ? "allowed" : "none");
        o.put("closesConnection", s.closesConnection());
        ArrayNode headers = o.putArray("headers");
        for (HeaderRule h : s.headers()) {
            ObjectNode header = headers.addObject();
            header.put("name", h.name());
            header.put("requirement", h.requirement().id());
            header.put("direction", h.request() ? "request" : "response");
            putText(header, "note", h.note());
        }
        if (s.redirect().isPresent()) {
            o.put("redirect", s.redirect().get().id());
        } else {
            o.putNull("redirect");
        }
        o.put("retry", s.retry().id());
        o.put("retryMethods", s.idempotentOnly() ? "idempotent" : "any");
        putText(o, "note", s.note());
        ArrayNode grpc = o.putArray("grpc");
        s.grpc().forEach(grpc::add);
        return o;
    }

    private void putText(ObjectNode o, String field, Optional<LocalizedText> text) {
        if (text.isPresent()) {
            o.put(field, text.get().in(lang));
        } else {
            o.putNull(field);
        }
    }

    /** A JSON array of entry objects. */
    public ArrayNode array(Collection<Entry> entries) {
        ArrayNode array = MAPPER.createArrayNode();
        entries.forEach(e -> array.add(entry(e)));
        return array;
    }

    /** Indented text of any node, for people reading a terminal. */
    public static String pretty(tools.jackson.databind.JsonNode node) {
        return PRETTY.writeValueAsString(node);
    }

    /** Compact text of any node, for the wire. */
    public static String compact(tools.jackson.databind.JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}

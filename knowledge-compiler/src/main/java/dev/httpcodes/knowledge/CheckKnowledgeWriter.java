package dev.httpcodes.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import tools.jackson.databind.JsonNode;

/**
 * Writes the check resource read by {@code dev.httpcodes.core.rules.CheckKnowledgeReader}.
 *
 * <p>Layout (all through {@link DataOutputStream}; a "text" is two UTF strings, zh then en; a list is a count then
 * its UTF strings; an optional string is a boolean then, when true, the string): magic, format version; the rules
 * (count, then per rule: id, check, codes, fields, level, section label, section url, message text); the failures
 * (count, then id and message text); the producers (count, then per producer: id, name, optional vendor, layer,
 * signal count, then per signal: optional header, optional match, optional body, status list, optional capture,
 * weight as an int, evidence text).
 */
public final class CheckKnowledgeWriter {
    /** "HCCK": httpcodes check knowledge. */
    public static final int MAGIC = 0x4843434B;
    public static final int VERSION = 1;
    /** What core's {@code CheckKnowledgeReader} must agree on, generated into core as {@code CheckFormat}. */
    public static final ReaderFormat READER_FORMAT = ReaderFormat.of("dev.httpcodes.core.rules", "CheckFormat", MAGIC, VERSION);

    public byte[] write(JsonNode rules, JsonNode fingerprints) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(rules.path("rules").size());
        for (JsonNode r : rules.path("rules")) {
            out.writeUTF(r.path("id").asString());
            out.writeUTF(r.path("check").asString());
            strings(out, r.path("codes"));
            strings(out, r.path("fields"));
            out.writeUTF(r.path("level").asString());
            out.writeUTF(r.path("section").path("label").asString());
            out.writeUTF(r.path("section").path("url").asString());
            text(out, r.path("message"));
        }
        out.writeInt(rules.path("failures").size());
        for (JsonNode f : rules.path("failures")) {
            out.writeUTF(f.path("id").asString());
            text(out, f.path("message"));
        }
        out.writeInt(fingerprints.path("producers").size());
        for (JsonNode p : fingerprints.path("producers")) {
            out.writeUTF(p.path("id").asString());
            out.writeUTF(p.path("name").asString());
            optional(out, p.path("vendor"));
            out.writeUTF(p.path("layer").asString());
            out.writeInt(p.path("signals").size());
            for (JsonNode s : p.path("signals")) {
                optional(out, s.path("header"));
                optional(out, s.path("match"));
                optional(out, s.path("body"));
                strings(out, s.path("status"));
                optional(out, s.path("capture"));
                out.writeInt(s.path("weight").asInt());
                text(out, s.path("evidence"));
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void strings(DataOutputStream out, JsonNode list) throws IOException {
        out.writeInt(list.size());
        for (JsonNode item : list) {
            out.writeUTF(item.asString());
        }
    }

    private static void optional(DataOutputStream out, JsonNode value) throws IOException {
        out.writeBoolean(value.isString());
        if (value.isString()) {
            out.writeUTF(value.asString());
        }
    }

    private static void text(DataOutputStream out, JsonNode text) throws IOException {
        out.writeUTF(text.path("zh").asString());
        out.writeUTF(text.path("en").asString());
    }
}

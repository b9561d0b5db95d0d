package dev.httpcodes.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Writes the compiled registry resource read by {@code dev.httpcodes.core.registry.RegistryReader}.
 *
 * <p>Layout (all through {@link DataOutputStream}; a "text" is two UTF strings, zh then en; optional values are
 * preceded by a boolean): magic, format version, the taxonomy (classes, standings, vendors, stacks), then an index
 * with what lookups and listings need (id, code, sub-status, standing, vendor, phrase, aliases, title, keywords and
 * the length of the entry's detail block), then the detail blocks in index order. The core decodes a detail block
 * only when someone asks for it, which keeps a cold one-code lookup cheap.
 */
public final class RegistryResourceWriter {
    /** "HCKB": httpcodes knowledge base. */
    public static final int MAGIC = 0x48434B42;
    public static final int VERSION = 1;

    public byte[] write(JsonNode taxonomy, List<SourceFile> sortedEntries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeTaxonomyGroup(out, taxonomy.path("classes"), true);
        writeTaxonomyGroup(out, taxonomy.path("standings"), true);
        writeTaxonomyGroup(out, taxonomy.path("vendors"), false);
        writeTaxonomyGroup(out, taxonomy.path("stacks"), false);

        byte[][] details = new byte[sortedEntries.size()][];
        for (int i = 0; i < details.length; i++) {
            details[i] = details(sortedEntries.get(i).node());
        }
        out.writeInt(sortedEntries.size());
        for (int i = 0; i < details.length; i++) {
            JsonNode e = sortedEntries.get(i).node();
            out.writeUTF(e.path("id").asString());
            out.writeShort(e.path("code").asInt());
            out.writeShort(e.path("subcode").isNumber() ? e.path("subcode").asInt() : -1);
            out.writeUTF(e.path("standing").asString());
            out.writeUTF(e.path("vendor").isString() ? e.path("vendor").asString() : "");
            out.writeUTF(e.path("phrase").asString());
            writeStrings(out, e.path("aliases"));
            writeText(out, e.path("title"));
            writeStrings(out, e.path("keywords").path("zh"));
            writeStrings(out, e.path("keywords").path("en"));
            out.writeInt(details[i].length);
        }
        for (byte[] detail : details) {
            out.write(detail);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] details(JsonNode e) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        DataOutputStream out = new DataOutputStream(bytes);
        writeText(out, e.path("summary"));
        writeText(out, e.path("description"));
        writeOptionalText(out, e.path("history"));
        out.writeInt(e.path("references").size());
        for (JsonNode ref : e.path("references")) {
            out.writeUTF(ref.path("label").asString());
            out.writeUTF(ref.path("url").asString());
        }
        JsonNode semantics = e.path("semantics");
        out.writeBoolean(semantics.isObject());
        if (semantics.isObject()) {
            out.writeBoolean(semantics.path("cacheable").asBoolean());
            out.writeUTF(semantics.path("content").asString());
            out.writeInt(semantics.path("headers").size());
            for (JsonNode header : semantics.path("headers")) {
                out.writeUTF(header.path("name").asString());
                out.writeUTF(header.path("requirement").asString());
                out.writeUTF(header.path("direction").asString("response"));
                writeOptionalText(out, header.path("note"));
            }
            out.writeUTF(semantics.path("redirect").asString(""));
            out.writeUTF(semantics.path("retry").asString());
            writeOptionalText(out, semantics.path("note"));
        }
        writeStrings(out, e.path("related"));
        out.writeInt(e.path("troubleshooting").size());
        for (JsonNode item : e.path("troubleshooting")) {
            out.writeUTF(item.path("stack").asString());
            writeText(out, item.path("cause"));
            out.writeInt(item.path("fixes").size());
            for (JsonNode fix : item.path("fixes")) {
                writeText(out, fix);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void writeTaxonomyGroup(DataOutputStream out, JsonNode group, boolean withSummary)
            throws IOException {
        out.writeInt(group.size());
        for (JsonNode item : group) {
            out.writeUTF(item.path("id").asString());
            writeText(out, withSummary ? item.path("title") : item.path("name"));
            if (withSummary) {
                writeText(out, item.path("summary"));
            }
        }
    }

    private static void writeStrings(DataOutputStream out, JsonNode list) throws IOException {
        out.writeInt(list.size());
        for (JsonNode item : list) {
            out.writeUTF(item.asString());
        }
    }

    private static void writeText(DataOutputStream out, JsonNode text) throws IOException {
        out.writeUTF(ChineseSpacing.clean(text.path("zh").asString()));
        out.writeUTF(text.path("en").asString());
    }

    private static void writeOptionalText(DataOutputStream out, JsonNode text) throws IOException {
        out.writeBoolean(text.isObject());
        if (text.isObject()) {
            writeText(out, text);
        }
    }
}

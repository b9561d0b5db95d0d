package dev.httpcodes.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import tools.jackson.databind.JsonNode;

/**
 * Writes the compiled registry resource read by {@code dev.httpcodes.core.registry.RegistryReader}.
 *
 * <p>Layout (all through {@link DataOutputStream}; a "text" is two UTF strings, zh then en; optional values are
 * preceded by a boolean): magic, format version, the taxonomy (classes, standings, vendors, stacks, log patterns with the entry ids each counts, the producer
 * evidence of log formats), the number of
 * entries, the index's length in bytes, then the index, as UTF-8 text, with what lookups and listings need (id, code, sub-status, standing, vendor, phrase, aliases, title and the length
 * of the entry's detail block), then the detail blocks in index order, each deflated (zlib format) on its own. The core decodes a detail block
 * only when someone asks for it, which keeps a cold one-code lookup cheap.
 */
public final class RegistryResourceWriter {
    /** "HCKB": httpcodes knowledge base. */
    public static final int MAGIC = 0x48434B42;
    public static final int VERSION = 11;

    /** Separators of the index text (ASCII unit, group and record separators). */
    public static final char FIELD = '\u001f';
    public static final char ITEM = '\u001d';
    public static final char RECORD = '\u001e';

    /** What core's {@code RegistryReader} must agree on, generated into core as {@code RegistryFormat}. */
    public static final ReaderFormat READER_FORMAT = ReaderFormat.of("dev.httpcodes.core", "RegistryFormat", MAGIC, VERSION)
            .with("FIELD", FIELD).with("ITEM", ITEM).with("RECORD", RECORD);

    public byte[] write(JsonNode taxonomy, List<SourceFile> sortedEntries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeTaxonomyGroup(out, taxonomy.path("classes"), true);
        writeTaxonomyGroup(out, taxonomy.path("standings"), true);
        writeTaxonomyGroup(out, taxonomy.path("vendors"), false);
        writeTaxonomyGroup(out, taxonomy.path("stacks"), false);
        writePatterns(out, taxonomy.path("patterns"));
        writeProducers(out, taxonomy.path("producers"));

        byte[][] details = new byte[sortedEntries.size()][];
        for (int i = 0; i < details.length; i++) {
            details[i] = deflate(details(sortedEntries.get(i).node()));
        }
        StringBuilder index = new StringBuilder(1 << 16);
        for (int i = 0; i < details.length; i++) {
            writeIndexEntry(index, sortedEntries.get(i).node(), details[i].length);
        }
        byte[] indexBytes = index.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(sortedEntries.size());
        // The index's length first, so a reader knows where the detail blocks start before it reads the index.
        out.writeInt(indexBytes.length);
        out.write(indexBytes);
        for (byte[] detail : details) {
            out.write(detail);
        }
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * One index record: fields separated by {@link #FIELD}, list items by {@link #ITEM}, records ended by
     * {@link #RECORD}. Text rather than {@code writeUTF} calls because a cold JVM finds these ASCII separators in the
     * bytes and decodes field by field several times faster than it runs a few thousand {@code readUTF}s; the
     * validator keeps control characters out of these fields.
     */
    private static void writeIndexEntry(StringBuilder out, JsonNode e, int detailLength) {
        out.append(e.path("id").asString()).append(FIELD)
                .append(e.path("code").asInt()).append(FIELD)
                .append(e.path("subcode").isNumber() ? e.path("subcode").asInt() : -1).append(FIELD)
                .append(e.path("standing").asString()).append(FIELD)
                .append(e.path("vendor").isString() ? e.path("vendor").asString() : "").append(FIELD)
                .append(e.path("phrase").asString()).append(FIELD);
        boolean first = true;
        for (JsonNode alias : e.path("aliases")) {
            if (!first) {
                out.append(ITEM);
            }
            out.append(alias.asString());
            first = false;
        }
        out.append(FIELD).append(ChineseSpacing.clean(e.path("title").path("zh").asString())).append(FIELD)
                .append(e.path("title").path("en").asString()).append(FIELD)
                .append(detailLength).append(RECORD);
    }

    /**
     * Each detail block is compressed on its own, so a reader inflates only the entries it shows, and the whole
     * resource the JVM must read from the jar shrinks to about a third.
     */
    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
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
            out.writeBoolean(semantics.path("closesConnection").asBoolean(false));
            out.writeInt(semantics.path("headers").size());
            for (JsonNode header : semantics.path("headers")) {
                out.writeUTF(header.path("name").asString());
                out.writeUTF(header.path("requirement").asString());
                out.writeUTF(header.path("direction").asString("response"));
                writeOptionalText(out, header.path("note"));
            }
            out.writeUTF(semantics.path("redirect").asString(""));
            out.writeUTF(semantics.path("retry").asString());
            out.writeBoolean("idempotent".equals(semantics.path("retryMethods").asString("any")));
            writeOptionalText(out, semantics.path("note"));
            writeStrings(out, semantics.path("grpc"));
        }
        writeStrings(out, e.path("related"));
        writeStrings(out, e.path("keywords").path("zh"));
        writeStrings(out, e.path("keywords").path("en"));
        out.writeInt(e.path("troubleshooting").size());
        for (JsonNode item : e.path("troubleshooting")) {
            out.writeUTF(item.path("stack").asString());
            writeText(out, item.path("cause"));
            out.writeInt(item.path("fixes").size());
            for (JsonNode fix : item.path("fixes")) {
                writeText(out, fix);
            }
        }
        out.writeInt(e.path("misconceptions").size());
        for (JsonNode item : e.path("misconceptions")) {
            writeText(out, item);
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

    /** Like a group of named labels, each followed by the entry ids the pattern counts. */
    private static void writePatterns(DataOutputStream out, JsonNode patterns) throws IOException {
        out.writeInt(patterns.size());
        for (JsonNode p : patterns) {
            out.writeUTF(p.path("id").asString());
            writeText(out, p.path("name"));
            writeStrings(out, p.path("codes"));
            writeStrings(out, p.path("reasons"));
            out.writeBoolean(p.path("origin").asBoolean(false));
        }
    }

    /** Per log format: its id, the evidence field, then the upstream, proxy, proxy-prefix and cache-hit values. */
    private static void writeProducers(DataOutputStream out, JsonNode producers) throws IOException {
        out.writeInt(producers.size());
        for (JsonNode p : producers) {
            out.writeUTF(p.path("format").asString());
            out.writeUTF(p.path("field").asString());
            writeStrings(out, p.path("upstream"));
            writeStrings(out, p.path("proxy"));
            writeStrings(out, p.path("proxyPrefixes"));
            writeStrings(out, p.path("cacheHits"));
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

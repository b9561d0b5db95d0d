package dev.httpcodes.core;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the compiled registry resource (written at build time by the knowledge compiler's
 * {@code RegistryResourceWriter}; the layout is described there). Format changes bump the version on both sides.
 */
final class RegistryReader {
    static final String RESOURCE = "/dev/httpcodes/core/registry/knowledge.bin";
    private static final int MAGIC = 0x48434B42;
    private static final int VERSION = 1;

    private RegistryReader() {
    }

    static Registry readBundled() {
        try (InputStream in = RegistryReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("registry resource " + RESOURCE + " is missing from the classpath");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read registry resource " + RESOURCE, e);
        }
    }

    static Registry read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an httpcodes registry resource");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("registry format " + version + " is not supported (expected " + VERSION + ")");
        }
        List<Label> classes = readLabels(in, true);
        List<Label> standings = readLabels(in, true);
        List<Label> vendors = readLabels(in, false);
        List<Label> stacks = readLabels(in, false);
        Map<String, Label> vendorsById = new LinkedHashMap<>();
        vendors.forEach(v -> vendorsById.put(v.id(), v));

        int count = in.readInt();
        List<Entry> entries = new ArrayList<>(count);
        // Detail blocks follow the index, so where they start is known only once the index has been read.
        int[] detailsStart = new int[1];
        int relative = 0;
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            int code = in.readShort();
            int subcode = in.readShort();
            Standing standing = Standing.fromId(in.readUTF())
                    .orElseThrow(() -> new IOException("unknown standing in entry " + id));
            String vendorId = in.readUTF();
            Optional<Label> vendor = vendorId.isEmpty() ? Optional.empty() : Optional.of(vendorsById.get(vendorId));
            String phrase = in.readUTF();
            List<String> aliases = readStrings(in);
            LocalizedText title = readText(in);
            List<String> keywordsZh = readStrings(in);
            List<String> keywordsEn = readStrings(in);
            int length = in.readInt();
            int offset = relative;
            relative += length;
            entries.add(new Entry(id, StatusCode.of(code, subcode), standing, vendor, phrase, aliases, title,
                    keywordsZh, keywordsEn, () -> decodeDetails(bytes, detailsStart[0] + offset, length)));
        }
        detailsStart[0] = bytes.length - in.available();
        if (detailsStart[0] + relative != bytes.length) {
            throw new IOException("registry resource is truncated or has trailing bytes");
        }
        return new Registry(entries, classes, standings, vendors, stacks);
    }

    private static EntryDetails decodeDetails(byte[] bytes, int offset, int length) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
            LocalizedText summary = readText(in);
            LocalizedText description = readText(in);
            Optional<LocalizedText> history = readOptionalText(in);
            int refCount = in.readInt();
            List<Reference> references = new ArrayList<>(refCount);
            for (int i = 0; i < refCount; i++) {
                references.add(new Reference(in.readUTF(), in.readUTF()));
            }
            Optional<Semantics> semantics = Optional.empty();
            if (in.readBoolean()) {
                boolean cacheable = in.readBoolean();
                boolean contentAllowed = in.readUTF().equals("allowed");
                int headerCount = in.readInt();
                List<HeaderRule> headers = new ArrayList<>(headerCount);
                for (int i = 0; i < headerCount; i++) {
                    headers.add(new HeaderRule(in.readUTF(), in.readUTF(), in.readUTF().equals("request"),
                            readOptionalText(in)));
                }
                String redirect = in.readUTF();
                String retry = in.readUTF();
                semantics = Optional.of(new Semantics(cacheable, contentAllowed, List.copyOf(headers),
                        redirect.isEmpty() ? Optional.empty() : Optional.of(redirect), retry, readOptionalText(in)));
            }
            List<String> related = readStrings(in);
            int itemCount = in.readInt();
            List<Troubleshooting> troubleshooting = new ArrayList<>(itemCount);
            for (int i = 0; i < itemCount; i++) {
                String stack = in.readUTF();
                LocalizedText cause = readText(in);
                int fixCount = in.readInt();
                List<LocalizedText> fixes = new ArrayList<>(fixCount);
                for (int j = 0; j < fixCount; j++) {
                    fixes.add(readText(in));
                }
                troubleshooting.add(new Troubleshooting(stack, cause, List.copyOf(fixes)));
            }
            return new EntryDetails(summary, description, history, List.copyOf(references), semantics, related,
                    List.copyOf(troubleshooting));
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt registry entry at offset " + offset, e);
        }
    }

    private static List<Label> readLabels(DataInputStream in, boolean withSummary) throws IOException {
        int n = in.readInt();
        List<Label> labels = new ArrayList<>(n);
        LocalizedText none = new LocalizedText("", "");
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            LocalizedText name = readText(in);
            labels.add(new Label(id, name, withSummary ? readText(in) : none));
        }
        return List.copyOf(labels);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] items = new String[n];
        for (int i = 0; i < n; i++) {
            items[i] = in.readUTF();
        }
        return List.of(items);
    }

    private static LocalizedText readText(DataInputStream in) throws IOException {
        return new LocalizedText(in.readUTF(), in.readUTF());
    }

    private static Optional<LocalizedText> readOptionalText(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readText(in)) : Optional.empty();
    }
}

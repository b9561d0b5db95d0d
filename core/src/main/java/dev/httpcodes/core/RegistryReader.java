package dev.httpcodes.core;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the compiled registry resource (written at build time by the knowledge compiler's
 * {@code RegistryResourceWriter}; the layout is described there). Format changes bump the version on both sides.
 */
final class RegistryReader {
    static final String RESOURCE = "/dev/httpcodes/core/registry/knowledge.bin";
    private static final int MAGIC = RegistryFormat.MAGIC;
    private static final int VERSION = RegistryFormat.VERSION;

    private RegistryReader() {
    }

    static Registry readBundled() {
        try {
            return read(bundledBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read registry resource " + RESOURCE, e);
        }
    }

    /**
     * The resource's bytes. When this class was loaded from a jar file, the entry is read with {@link ZipFile}
     * directly: the usual {@code getResourceAsStream} goes through URL and JarURLConnection machinery whose first use
     * costs a cold CLI run several milliseconds. Anything else (a classes folder, a custom class loader) uses the
     * usual way.
     */
    private static byte[] bundledBytes() throws IOException {
        Path jar = codeSourceJar();
        if (jar != null) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(RESOURCE.substring(1));
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        try (InputStream in = RegistryReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("registry resource " + RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    private static Path codeSourceJar() {
        try {
            CodeSource source = RegistryReader.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return null;
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    static Registry read(byte[] bytes) throws IOException {
        DataInputStream in = header(bytes);
        List<Label> classes = readLabels(in, true);
        List<Label> standings = readLabels(in, true);
        List<Label> vendors = readLabels(in, false);
        List<Label> stacks = readLabels(in, false);
        int patternCount = in.readInt();
        List<Label> patterns = new ArrayList<>(patternCount);
        Map<String, List<String>> patternCodes = new LinkedHashMap<>();
        Map<String, List<String>> patternReasons = new LinkedHashMap<>();
        java.util.Set<String> originPatterns = new java.util.HashSet<>();
        for (int i = 0; i < patternCount; i++) {
            String id = in.readUTF();
            patterns.add(new Label(id, readText(in), new LocalizedText("", "")));
            patternCodes.put(id, readStrings(in));
            patternReasons.put(id, readStrings(in));
            if (in.readBoolean()) {
                originPatterns.add(id);
            }
        }
        int producerCount = in.readInt();
        Map<String, ProducerEvidence> producers = new LinkedHashMap<>();
        for (int i = 0; i < producerCount; i++) {
            String format = in.readUTF();
            producers.put(format, new ProducerEvidence(format, in.readUTF(), readStrings(in), readStrings(in),
                    readStrings(in), readStrings(in)));
        }
        Map<String, Label> vendorsById = new LinkedHashMap<>();
        for (Label v : vendors) {
            vendorsById.put(v.id(), v);
        }
        return new Registry(entries(bytes, in, vendorsById), classes, standings, vendors, stacks,
                List.copyOf(patterns), Map.copyOf(patternCodes), Map.copyOf(patternReasons),
                java.util.Set.copyOf(originPatterns), Map.copyOf(producers));
    }

    /**
     * Entries compiled on their own (a user's extra catalogue, written without a taxonomy), with vendors resolved
     * against {@code base}.
     */
    static List<Entry> readExtras(byte[] bytes, Registry base) throws IOException {
        DataInputStream in = header(bytes);
        // Four groups of labels, the patterns and the producers, all empty: each starts with its count.
        for (int group = 0; group < 6; group++) {
            if (!(group < 4 ? readLabels(in, group < 2).isEmpty() : in.readInt() == 0)) {
                throw new IOException("extra entries must not carry a taxonomy");
            }
        }
        Map<String, Label> vendorsById = new LinkedHashMap<>();
        for (Label v : base.vendors()) {
            vendorsById.put(v.id(), v);
        }
        return entries(bytes, in, vendorsById);
    }

    private static DataInputStream header(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an httpcodes registry resource");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("registry format " + version + " is not supported (expected " + VERSION + ")");
        }
        return in;
    }

    private static List<Entry> entries(byte[] bytes, DataInputStream in, Map<String, Label> vendorsById)
            throws IOException {
        int count = in.readInt();
        int indexLength = in.readInt();
        int indexStart = bytes.length - in.available();
        int offset = indexStart + indexLength;
        IndexCursor index = new IndexCursor(bytes, indexStart, indexLength);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = index.field();
            int code = index.number(false);
            int subcode = index.number(false);
            Optional<Standing> standing = Standing.fromId(index.field());
            if (standing.isEmpty()) {
                throw new IOException("unknown standing in entry " + id);
            }
            String vendorId = index.field();
            Label vendorLabel = vendorsById.get(vendorId);
            if (!vendorId.isEmpty() && vendorLabel == null) {
                throw new IOException("unknown vendor " + vendorId + " in entry " + id);
            }
            Optional<Label> vendor = vendorId.isEmpty() ? Optional.empty() : Optional.of(vendorLabel);
            String phrase = index.field();
            List<String> aliases = index.items();
            LocalizedText title = new LocalizedText(index.field(), index.field());
            int length = index.number(true);
            entries.add(new Entry(id, StatusCode.of(code, subcode), standing.get(), vendor, phrase, aliases, title,
                    new DetailBlock(bytes, offset, length)));
            offset += length;
        }
        if (offset != bytes.length) {
            throw new IOException("registry resource is truncated or has trailing bytes");
        }
        return entries;
    }

    /**
     * Reads the index text written by the compiler's {@code RegistryResourceWriter#writeIndexEntry}, straight from the
     * resource's bytes. The separators are ASCII control characters, which never occur inside a UTF-8 sequence, so
     * fields are found byte by byte and only each field is decoded. (Decoding the whole index into one String first
     * made it UTF-16 for its Chinese titles, and a cold JVM then spent most of the registry's load time interpreting
     * UTF-16 searches and compressing every Latin-1 substring back.)
     */
    private static final class IndexCursor {
        private static final byte FIELD = (byte) RegistryFormat.FIELD;
        private static final byte ITEM = (byte) RegistryFormat.ITEM;
        private static final byte RECORD = (byte) RegistryFormat.RECORD;
        private final byte[] bytes;
        private final int end;
        private int position;

        IndexCursor(byte[] bytes, int start, int length) throws IOException {
            if (start < 0 || length < 0 || start + length > bytes.length) {
                throw new IOException("registry index is truncated");
            }
            this.bytes = bytes;
            this.position = start;
            this.end = start + length;
        }

        String field() throws IOException {
            int at = next(FIELD);
            String value = text(position, at);
            position = at + 1;
            return value;
        }

        /** A decimal field (an optional minus sign and digits), ended by a field or, if {@code last}, a record. */
        int number(boolean last) throws IOException {
            int at = next(last ? RECORD : FIELD);
            int i = position;
            boolean negative = i < at && bytes[i] == '-';
            if (negative) {
                i++;
            }
            if (i == at || at - i > 9) {
                throw new IOException("registry index has a bad number at byte " + position);
            }
            int value = 0;
            for (; i < at; i++) {
                int digit = bytes[i] - '0';
                if (digit < 0 || digit > 9) {
                    throw new IOException("registry index has a bad number at byte " + position);
                }
                value = value * 10 + digit;
            }
            position = at + 1;
            return negative ? -value : value;
        }

        /** A field holding a list, its items separated by {@link #ITEM}. */
        List<String> items() throws IOException {
            int at = next(FIELD);
            List<String> items;
            if (at == position) {
                items = List.of();
            } else {
                List<String> found = new ArrayList<>(2);
                int from = position;
                for (int i = position; i < at; i++) {
                    if (bytes[i] == ITEM) {
                        found.add(text(from, i));
                        from = i + 1;
                    }
                }
                found.add(text(from, at));
                items = List.copyOf(found);
            }
            position = at + 1;
            return items;
        }

        /** Where the next separator is, from the current position. */
        private int next(byte separator) throws IOException {
            for (int i = position; i < end; i++) {
                if (bytes[i] == separator) {
                    return i;
                }
            }
            throw new IOException("registry index is truncated");
        }

        private String text(int from, int to) {
            return from == to ? "" : new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }

    /**
     * Where one entry's details are in the resource. A class rather than a lambda because it is created on every
     * cold start, where a lambda's first use costs milliseconds.
     */
    private static final class DetailBlock implements EntryDetails.Source {
        private final byte[] bytes;
        private final int offset;
        private final int length;

        DetailBlock(byte[] bytes, int offset, int length) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public EntryDetails decode() {
            return decodeDetails(bytes, offset, length);
        }
    }

    private static EntryDetails decodeDetails(byte[] bytes, int offset, int length) {
        // Closing the stream frees the inflater's native memory.
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(
                new ByteArrayInputStream(bytes, offset, length)))) {
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
                boolean closesConnection = in.readBoolean();
                int headerCount = in.readInt();
                List<HeaderRule> headers = new ArrayList<>(headerCount);
                for (int i = 0; i < headerCount; i++) {
                    String name = in.readUTF();
                    Requirement requirement = Requirement.fromId(in.readUTF()).orElseThrow();
                    headers.add(new HeaderRule(name, requirement, in.readUTF().equals("request"),
                            readOptionalText(in)));
                }
                Optional<RedirectMethod> redirect = RedirectMethod.fromId(in.readUTF());
                RetryPolicy retry = RetryPolicy.fromId(in.readUTF()).orElseThrow();
                boolean idempotentOnly = in.readBoolean();
                Optional<LocalizedText> note = readOptionalText(in);
                semantics = Optional.of(new Semantics(cacheable, contentAllowed, closesConnection, List.copyOf(headers), redirect,
                        retry, idempotentOnly, note, readStrings(in)));
            }
            List<String> related = readStrings(in);
            List<String> keywordsZh = readStrings(in);
            List<String> keywordsEn = readStrings(in);
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
            int misconceptionCount = in.readInt();
            List<LocalizedText> misconceptions = new ArrayList<>(misconceptionCount);
            for (int i = 0; i < misconceptionCount; i++) {
                misconceptions.add(readText(in));
            }
            return new EntryDetails(summary, description, history, List.copyOf(references), semantics, related,
                    keywordsZh, keywordsEn, List.copyOf(troubleshooting), List.copyOf(misconceptions));
        } catch (IOException e) {
            // Includes ZipException for a damaged block.
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

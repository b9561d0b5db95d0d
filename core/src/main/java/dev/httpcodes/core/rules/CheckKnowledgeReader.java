package dev.httpcodes.core.rules;

import dev.httpcodes.core.LocalizedText;
import dev.httpcodes.core.Reference;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the resource written by the knowledge compiler's {@code CheckKnowledgeWriter} (the layout is described
 * there). Format changes bump the version on both sides.
 */
final class CheckKnowledgeReader {
    private static final int MAGIC = CheckFormat.MAGIC;
    private static final int VERSION = CheckFormat.VERSION;

    private CheckKnowledgeReader() {
    }

    static CheckKnowledge read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an httpcodes check resource");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("check resource format " + version + " is not supported (expected " + VERSION + ")");
        }
        int ruleCount = in.readInt();
        List<LintRule> rules = new ArrayList<>(ruleCount);
        for (int i = 0; i < ruleCount; i++) {
            String id = in.readUTF();
            String check = in.readUTF();
            List<String> codes = strings(in);
            List<String> fields = strings(in);
            String level = in.readUTF();
            Reference section = new Reference(in.readUTF(), in.readUTF());
            rules.add(new LintRule(id, check, codes, fields, level, section, text(in)));
        }
        int failureCount = in.readInt();
        Map<String, LocalizedText> failures = new HashMap<>();
        for (int i = 0; i < failureCount; i++) {
            failures.put(in.readUTF(), text(in));
        }
        int producerCount = in.readInt();
        List<Producer> producers = new ArrayList<>(producerCount);
        for (int i = 0; i < producerCount; i++) {
            String id = in.readUTF();
            String name = in.readUTF();
            Optional<String> vendor = optional(in);
            String layer = in.readUTF();
            int signalCount = in.readInt();
            List<Signal> signals = new ArrayList<>(signalCount);
            for (int j = 0; j < signalCount; j++) {
                Optional<String> header = optional(in);
                Optional<String> match = optional(in);
                Optional<String> body = optional(in);
                List<String> status = strings(in);
                Optional<String> capture = optional(in);
                int weight = in.readInt();
                signals.add(new Signal(header, match, body, status, capture, weight, text(in)));
            }
            producers.add(new Producer(id, name, vendor, layer, List.copyOf(signals)));
        }
        if (in.available() != 0) {
            throw new IOException("check resource has trailing bytes");
        }
        return new CheckKnowledge(rules, producers, failures);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] items = new String[n];
        for (int i = 0; i < n; i++) {
            items[i] = in.readUTF();
        }
        return List.of(items);
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private static LocalizedText text(DataInputStream in) throws IOException {
        return new LocalizedText(in.readUTF(), in.readUTF());
    }
}

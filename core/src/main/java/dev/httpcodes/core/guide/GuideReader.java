package dev.httpcodes.core.guide;

import dev.httpcodes.core.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the guides resource written at build time by the knowledge compiler's {@code GuideResourceWriter} (the
 * layout is described there). Format changes bump the version on both sides.
 */
final class GuideReader {
    static final String RESOURCE = "/dev/httpcodes/core/registry/guides.bin";
    private static final int MAGIC = GuideFormat.MAGIC;
    private static final int VERSION = GuideFormat.VERSION;

    private GuideReader() {
    }

    static Guides readBundled() {
        try (InputStream in = GuideReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("guides resource " + RESOURCE + " is missing from the classpath");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read guides resource " + RESOURCE, e);
        }
    }

    static Guides read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an httpcodes guides resource");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("guides format " + version + " is not supported (expected " + VERSION + ")");
        }
        String start = in.readUTF();
        int questionCount = in.readInt();
        List<Question> questions = new ArrayList<>(questionCount);
        for (int i = 0; i < questionCount; i++) {
            String id = in.readUTF();
            LocalizedText text = readText(in);
            Optional<LocalizedText> help = in.readBoolean() ? Optional.of(readText(in)) : Optional.empty();
            int choiceCount = in.readInt();
            List<Choice> choices = new ArrayList<>(choiceCount);
            for (int c = 0; c < choiceCount; c++) {
                LocalizedText label = readText(in);
                byte kind = in.readByte();
                if (kind == 'n') {
                    choices.add(new Choice(label, Optional.of(in.readUTF()), Optional.empty()));
                } else if (kind == 'a') {
                    String code = in.readUTF();
                    LocalizedText why = readText(in);
                    int alsoCount = in.readInt();
                    List<String> also = new ArrayList<>(alsoCount);
                    for (int a = 0; a < alsoCount; a++) {
                        also.add(in.readUTF());
                    }
                    choices.add(new Choice(label, Optional.empty(), Optional.of(new Answer(code, why,
                            List.copyOf(also)))));
                } else {
                    throw new IOException("guides resource is damaged: choice kind " + kind);
                }
            }
            questions.add(new Question(id, text, help, List.copyOf(choices)));
        }
        int pairCount = in.readInt();
        List<Comparison> comparisons = new ArrayList<>(pairCount);
        for (int i = 0; i < pairCount; i++) {
            comparisons.add(new Comparison(in.readUTF(), in.readUTF(), readText(in)));
        }
        if (in.available() != 0) {
            throw new IOException("guides resource has trailing bytes");
        }
        return new Guides(new DecisionFlow(start, questions), comparisons);
    }

    private static LocalizedText readText(DataInputStream in) throws IOException {
        return new LocalizedText(in.readUTF(), in.readUTF());
    }
}

package dev.httpcodes.knowledge.guide;

import dev.httpcodes.knowledge.ChineseSpacing;
import dev.httpcodes.knowledge.ReaderFormat;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import tools.jackson.databind.JsonNode;

/**
 * Writes the guides resource read by {@code dev.httpcodes.core.guide.GuideReader}.
 *
 * <p>Layout (through {@link DataOutputStream}; a "text" is two UTF strings, zh then en; an optional text is preceded
 * by a boolean): magic, version, the decision flow (start id, the number of questions, then each question: id,
 * text, optional help, the number of choices, then each choice: label, and either {@code 'n'} with the next
 * question's id or {@code 'a'} with the answer's code, reason and the count and ids of codes to see also), then
 * the pairs (their number, then each: first code, second code, distinction).
 */
final class GuideResourceWriter {
    /** "HCGD": httpcodes guides. */
    static final int MAGIC = 0x48434744;
    static final int VERSION = 1;
    /** What core's {@code GuideReader} must agree on, generated into core as {@code GuideFormat}. */
    static final ReaderFormat READER_FORMAT = ReaderFormat.of("dev.httpcodes.core.guide", "GuideFormat", MAGIC, VERSION);

    byte[] write(JsonNode which, JsonNode compare) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(which.path("start").asString());
        JsonNode questions = which.path("questions");
        out.writeInt(questions.size());
        for (JsonNode q : questions) {
            out.writeUTF(q.path("id").asString());
            writeText(out, q.path("text"));
            writeOptionalText(out, q.path("help"));
            out.writeInt(q.path("choices").size());
            for (JsonNode choice : q.path("choices")) {
                writeText(out, choice.path("label"));
                if (choice.has("next")) {
                    out.writeByte('n');
                    out.writeUTF(choice.path("next").asString());
                } else {
                    JsonNode answer = choice.path("answer");
                    out.writeByte('a');
                    out.writeUTF(answer.path("code").asString());
                    writeText(out, answer.path("why"));
                    out.writeInt(answer.path("also").size());
                    for (JsonNode also : answer.path("also")) {
                        out.writeUTF(also.asString());
                    }
                }
            }
        }
        JsonNode pairs = compare.path("pairs");
        out.writeInt(pairs.size());
        for (JsonNode pair : pairs) {
            out.writeUTF(pair.path("codes").get(0).asString());
            out.writeUTF(pair.path("codes").get(1).asString());
            writeText(out, pair.path("distinction"));
        }
        out.flush();
        return bytes.toByteArray();
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

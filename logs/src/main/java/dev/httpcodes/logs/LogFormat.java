package dev.httpcodes.logs;

import java.util.Locale;
import java.util.Optional;

/** The formats {@code httpcodes logs} reads. */
public enum LogFormat {
    /** nginx/Apache combined (common is read by the same parser). */
    COMBINED,
    COMMON,
    IIS,
    JSON,
    /** Any nginx {@code log_format}, given with {@code --nginx-format}. */
    NGINX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LogFormat> fromId(String id) {
        for (LogFormat f : values()) {
            if (f.id().equalsIgnoreCase(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of a log from its first lines: IIS by its directives, JSON lines by a leading brace, otherwise
     * combined or common, whichever parses the sample; empty when nothing fits.
     */
    static Optional<LogFormat> detect(byte[] sample, int length) {
        int lines = 0;
        int combined = 0;
        int common = 0;
        int start = 0;
        CombinedParser parser = new CombinedParser();
        LogRecord r = new LogRecord();
        for (int i = 0; i <= length && lines < 50; i++) {
            if (i == length || sample[i] == '\n') {
                int end = i > start && sample[i - 1] == '\r' ? i - 1 : i;
                if (end > start) {
                    if (sample[start] == '#') {
                        String line = new String(sample, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
                        if (line.startsWith("#Software: Microsoft") || line.startsWith("#Fields:")) {
                            return Optional.of(IIS);
                        }
                    } else if (sample[start] == '{') {
                        return Optional.of(JSON);
                    } else {
                        lines++;
                        r.reset(sample);
                        if (parser.parse(sample, start, end, r)) {
                            if (r.agentEnd > r.agentStart || end > 0 && sample[end - 1] == '"') {
                                combined++;
                            } else {
                                common++;
                            }
                        }
                    }
                }
                start = i + 1;
            }
        }
        if (lines == 0 || combined + common < (lines + 1) / 2) {
            return Optional.empty();
        }
        return Optional.of(combined >= common ? COMBINED : COMMON);
    }
}

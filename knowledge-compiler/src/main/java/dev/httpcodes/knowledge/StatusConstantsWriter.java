package dev.httpcodes.knowledge;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Generates {@code dev.httpcodes.core.HttpStatus}: one enum constant per registered code, named after its phrase
 * (or, for the "(Unused)" codes, after the name people know). Only names and numbers are generated; phrases stay in
 * the compiled registry, and the behaviour lives in the hand-written {@code RegisteredStatus} interface.
 */
public final class StatusConstantsWriter {
    private final Standings standings;

    public StatusConstantsWriter(Standings standings) {
        this.standings = standings;
    }

    public String write(List<SourceFile> sortedEntries) {
        StringBuilder constants = new StringBuilder();
        for (SourceFile file : sortedEntries) {
            JsonNode e = file.node();
            if (!standings.isRegistered(e.path("standing").asString()) || !file.id().matches("\\d{3}")) {
                continue;
            }
            String phrase = e.path("phrase").asString();
            if (phrase.startsWith("(") && e.path("aliases").size() > 0) {
                phrase = e.path("aliases").get(0).asString();
            }
            if (!constants.isEmpty()) {
                constants.append(",\n");
            }
            constants.append("    /** {@code ").append(file.id()).append("}. */\n    ")
                    .append(constantName(phrase)).append('(').append(e.path("code").asInt()).append(')');
        }
        return """
                package dev.httpcodes.core;

                import java.util.Optional;

                /**
                 * Every code in the IANA HTTP Status Code Registry, as constants. Generated from {@code knowledge/} by
                 * the knowledge compiler: do not edit. Phrases, titles and descriptions come from the registry at run
                 * time through {@link RegisteredStatus}.
                 */
                public enum HttpStatus implements RegisteredStatus {
                %s;

                    private static final HttpStatus[] BY_CODE = new HttpStatus[600];

                    static {
                        for (HttpStatus status : values()) {
                            BY_CODE[status.code] = status;
                        }
                    }

                    private final int code;

                    HttpStatus(int code) {
                        this.code = code;
                    }

                    @Override
                    public int value() {
                        return code;
                    }

                    /** The constant for a registered code, or empty for any other number. */
                    public static Optional<HttpStatus> resolve(int code) {
                        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
                    }

                    /**
                     * The constant for a registered code.
                     *
                     * @throws IllegalArgumentException naming the code when it is not registered
                     */
                    public static HttpStatus valueOf(int code) {
                        return resolve(code).orElseThrow(() -> new IllegalArgumentException(
                                "not a registered HTTP status code: " + code));
                    }
                }
                """.formatted(constants);
    }

    static String constantName(String phrase) {
        String name = phrase.replace("'", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return name.replaceAll("^_+|_+$", "");
    }
}

package dev.httpcodes.server;

import java.util.Locale;

/** The body type a test endpoint answers with, chosen from Accept by q-value; plain text when nothing is preferred. */
enum AcceptedType {
    TEXT("text/plain; charset=utf-8"),
    JSON("application/json; charset=utf-8"),
    HTML("text/html; charset=utf-8");

    final String contentType;

    AcceptedType(String contentType) {
        this.contentType = contentType;
    }

    static AcceptedType of(String accept) {
        if (accept == null || accept.isBlank() || accept.length() > 2048) {
            return TEXT;
        }
        AcceptedType best = TEXT;
        double bestQ = 0;
        double textQ = -1;
        for (String range : accept.split(",", 32)) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            AcceptedType candidate = switch (type) {
                case "application/json", "application/*", "application/problem+json" -> JSON;
                case "text/html", "application/xhtml+xml" -> HTML;
                case "text/plain", "text/*", "*/*" -> TEXT;
                default -> null;
            };
            if (candidate == TEXT) {
                textQ = Math.max(textQ, q);
            }
            // Ties go to the earlier range, except that text wins a tie with */*-level preferences.
            if (candidate != null && q > bestQ) {
                best = candidate;
                bestQ = q;
            }
        }
        return bestQ == 0 && textQ == 0 ? TEXT : best;
    }
}

package dev.httpcodes.server.protocol;

/** The body type a test endpoint answers with, chosen from Accept by q-value; plain text when nothing is preferred. */
public enum AcceptedType {
    TEXT("text/plain; charset=utf-8"),
    JSON("application/json; charset=utf-8"),
    HTML("text/html; charset=utf-8");

    public final String contentType;

    AcceptedType(String contentType) {
        this.contentType = contentType;
    }

    public static AcceptedType of(String accept) {
        AcceptedType best = TEXT;
        double bestQ = 0;
        for (QValues.Weighted w : QValues.parse(accept).values()) {
            AcceptedType candidate = switch (w.value()) {
                case "application/json", "application/*", "application/problem+json" -> JSON;
                case "text/html", "application/xhtml+xml" -> HTML;
                case "text/plain", "text/*", "*/*" -> TEXT;
                default -> null;
            };
            // Ties go to the earlier range.
            if (candidate != null && w.q() > bestQ) {
                best = candidate;
                bestQ = w.q();
            }
        }
        return best;
    }
}

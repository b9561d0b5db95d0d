package dev.httpcodes.server.protocol;

import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The one Accept negotiator of the server (RFC 9110 §12.5.1): pages, the API's error answers and the test endpoints
 * all choose their body type here. Each type the server can send takes the q of the most specific range that
 * matches it ({@code text/html} over {@code text/*} over {@code *}{@code /*}); q=0 rules a type out; the highest q
 * wins, ties go to the caller's order of preference.
 */
public enum AcceptedType {
    TEXT("text/plain; charset=utf-8", "text/plain"),
    JSON("application/json; charset=utf-8", "application/json", "application/problem+json"),
    HTML("text/html; charset=utf-8", "text/html", "application/xhtml+xml");

    public final String contentType;
    /** The media types that name this body, the first one canonical. */
    private final List<String> mediaTypes;

    AcceptedType(String contentType, String... mediaTypes) {
        this.contentType = contentType;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** The test endpoints' choice among text, JSON and HTML; plain text when nothing is acceptable or preferred. */
    public static AcceptedType of(String accept) {
        return best(accept, TEXT, List.of(TEXT, JSON, HTML));
    }

    /** Whether a page should answer with HTML rather than problem details: only if HTML beats JSON by q-value. */
    public static boolean wantsHtml(RoutingContext ctx) {
        return best(ctx.request().getHeader("Accept"), JSON, List.of(JSON, HTML)) == HTML;
    }

    /**
     * The best of {@code offered} for an Accept header, or {@code fallback} when the header is missing or rules
     * out every offered type (a server may then send what it has, RFC 9110 §12.5.1).
     */
    public static AcceptedType best(String accept, AcceptedType fallback, List<AcceptedType> offered) {
        QValues ranges = QValues.parse(accept);
        if (ranges.values().isEmpty()) {
            return fallback;
        }
        AcceptedType best = null;
        double bestQ = 0;
        for (AcceptedType type : offered) {
            double q = type.quality(ranges);
            if (q > bestQ) {
                best = type;
                bestQ = q;
            }
        }
        return best == null ? fallback : best;
    }

    /** The q the header gives this type: that of its most specific matching range, 0 when none matches. */
    double quality(QValues ranges) {
        double q = 0;
        int specificity = -1;
        for (String mediaType : mediaTypes) {
            String major = mediaType.substring(0, mediaType.indexOf('/'));
            for (QValues.Weighted w : ranges.values()) {
                int s = w.value().equals(mediaType) ? 2 : w.value().equals(major + "/*") ? 1
                        : w.value().equals("*/*") ? 0 : -1;
                if (s > specificity || s == specificity && s >= 0 && w.q() > q) {
                    specificity = s;
                    q = w.q();
                }
            }
        }
        return specificity < 0 ? 0 : q;
    }
}

package dev.httpcodes.spring;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.problem.ProblemDetails;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Spring {@link ProblemDetail}s (RFC 9457) made from httpcodes entries, with the same title, type, detail and
 * extension members as the core library's {@link ProblemDetails}, in English or Chinese.
 *
 * <pre>{@code
 * @ExceptionHandler(UpstreamTimeout.class)
 * ProblemDetail timeout(HttpServletRequest request, Locale locale) {
 *     return EntryProblemDetails.forCode(504, locale).withInstance(request.getRequestURI()).build();
 * }
 * }</pre>
 */
public final class EntryProblemDetails {
    private final ProblemDetails problem;

    private EntryProblemDetails(ProblemDetails problem) {
        this.problem = problem;
    }

    /** The problem for an entry, in the language of a locale (Chinese for any {@code zh}, English otherwise). */
    public static EntryProblemDetails forEntry(Entry entry, Locale locale) {
        return new EntryProblemDetails(ProblemDetails.of(entry, Lang.of(locale)));
    }

    /**
     * The problem for a code's first meaning in the bundled knowledge base.
     *
     * @throws dev.httpcodes.core.UnknownStatusCodeException when nobody documents the code
     */
    public static EntryProblemDetails forCode(int code, Locale locale) {
        return forEntry(Registry.standard().get(code).get(0), locale);
    }

    /** Another detail text: what exactly went wrong this time. */
    public EntryProblemDetails withDetail(String detail) {
        return new EntryProblemDetails(problem.withDetail(detail));
    }

    /** The occurrence, usually the request path. */
    public EntryProblemDetails withInstance(String instance) {
        return new EntryProblemDetails(problem.withInstance(instance));
    }

    /** A request path as a URI reference; characters a URI cannot hold (spaces, say) are percent-encoded. */
    private static URI instanceUri(String instance) {
        try {
            return new URI(null, null, instance, null);
        } catch (java.net.URISyntaxException e) {
            return URI.create("about:blank");
        }
    }

    /** The Spring object; 522 and 499 work as well as 404. */
    public ProblemDetail build() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(problem.status()),
                problem.detail());
        detail.setTitle(problem.title());
        detail.setType(URI.create(problem.type()));
        problem.instance().ifPresent(i -> detail.setInstance(instanceUri(i)));
        for (Map.Entry<String, String> e : problem.extensions().entrySet()) {
            detail.setProperty(e.getKey(), e.getValue());
        }
        return detail;
    }
}

package dev.httpcodes.core.problem;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 9457 problem details document for an entry. For a registered code the {@code type} is
 * {@code about:blank} (the status code says it all, RFC 9457 §4.2.1) and the title its phrase, or its Chinese
 * title in Chinese; for other codes the type is the page that documents the code. The entry's id and, for IIS, the
 * sub-status go in extension members. Immutable; the {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * String json = ProblemDetails.of(registry.getById("404"), Lang.EN).withInstance("/orders/7").toJson();
 * }</pre>
 */
public final class ProblemDetails {
    /** The media type to send it with. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final Optional<String> instance;
    private final Map<String, String> extensions;

    private ProblemDetails(String type, String title, int status, String detail, Optional<String> instance,
            Map<String, String> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.extensions = extensions;
    }

    /** The document for an entry, with its summary as the detail. */
    public static ProblemDetails of(Entry entry, Lang lang) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(lang, "lang");
        boolean registered = entry.standing().isRegistered() && !entry.code().hasSubcode();
        String type = registered || entry.references().isEmpty() ? "about:blank" : entry.references().get(0).url();
        String title = lang == Lang.EN && registered ? entry.phrase() : entry.title().in(lang);
        Map<String, String> ext = new LinkedHashMap<>();
        ext.put("code", entry.id());
        entry.code().subcode().ifPresent(s -> ext.put("substatus", Integer.toString(s)));
        return new ProblemDetails(type, title, entry.code().code(), entry.summary().in(lang), Optional.empty(),
                Map.copyOf(ext));
    }

    /** The same document with another detail text (for example what exactly went wrong). */
    public ProblemDetails withDetail(String newDetail) {
        return new ProblemDetails(type, title, status, Objects.requireNonNull(newDetail), instance, extensions);
    }

    /** The same document naming the occurrence, usually the request path. */
    public ProblemDetails withInstance(String newInstance) {
        return new ProblemDetails(type, title, status, detail, Optional.of(newInstance), extensions);
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public Optional<String> instance() {
        return instance;
    }

    /** Extension members: {@code code} (the entry id) and, for IIS sub-status codes, {@code substatus}. */
    public Map<String, String> extensions() {
        return extensions;
    }

    /** The document as compact JSON, members in the order RFC 9457 lists them. */
    public String toJson() {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"type\":");
        JsonText.appendString(out, type);
        out.append(",\"title\":");
        JsonText.appendString(out, title);
        out.append(",\"status\":").append(status);
        out.append(",\"detail\":");
        JsonText.appendString(out, detail);
        if (instance.isPresent()) {
            out.append(",\"instance\":");
            JsonText.appendString(out, instance.get());
        }
        for (String key : new String[] {"code", "substatus"}) {
            if (extensions.containsKey(key)) {
                out.append(',');
                JsonText.appendString(out, key);
                out.append(':');
                JsonText.appendString(out, extensions.get(key));
            }
        }
        return out.append('}').toString();
    }
}

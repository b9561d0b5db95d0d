package dev.httpcodes.server.endpoints;

import dev.httpcodes.core.HeaderRule;
import dev.httpcodes.core.Semantics;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.StatusInfo;
import io.vertx.core.MultiMap;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The response header fields a status code's semantics name (from the knowledge base), filled with values that
 * point back into this server. Which code gets which field is the knowledge base's call; this class only knows
 * how to fill a field in, so a code whose semantics gain a field this class can fill gets it with no change here.
 * A field the semantics forbid ({@code MUST NOT}, {@code SHOULD NOT}) never goes out.
 */
public final class ImpliedHeaders {
    /** Retry-After when the caller asks for none: short, so clients under test retry quickly. */
    static final String DEFAULT_RETRY_AFTER = "5";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String CONTENT_RANGE = "Content-Range";

    /** What a value is made from. */
    private record Context(StatusClass statusClass, String location, int bodyLength, int sentLength) {
    }

    private interface Value {
        /** The field's value, or null when there is none to give (a range of an empty body). */
        String of(Context c);
    }

    /**
     * The fields this server can fill, by lower-case name. Retry-After is handled apart: the caller can ask for
     * it on any code, and /ratelimit sets its own.
     */
    private static final Map<String, Value> VALUES = Map.of(
            "location", c -> c.location(),
            "www-authenticate", c -> "Basic realm=\"httpcodes\", charset=\"UTF-8\"",
            "proxy-authenticate", c -> "Basic realm=\"httpcodes\", charset=\"UTF-8\"",
            "allow", c -> "GET, HEAD, OPTIONS",
            "upgrade", c -> "HTTP/2.0",
            // A success sends the range it carries; an error names the size a range must fit (RFC 9110 §14.4).
            "content-range", c -> c.statusClass() != StatusClass.SUCCESSFUL ? "bytes */" + c.bodyLength()
                    : c.sentLength() > 0 ? "bytes 0-" + (c.sentLength() - 1) + "/" + c.bodyLength() : null);

    private ImpliedHeaders() {
    }

    /** The names of the fields this server fills in when a code's semantics name them (Retry-After included). */
    public static Set<String> filledFields() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(VALUES.keySet());
        names.add(RETRY_AFTER);
        return names;
    }

    /**
     * Whether a response with these semantics and class sends part of its body (a success that implies
     * Content-Range, such as 206): then {@link #partLength} bytes go out of the full body.
     */
    static boolean sendsPart(Optional<Semantics> semantics, StatusClass statusClass) {
        return statusClass == StatusClass.SUCCESSFUL && implied(semantics).stream()
                .anyMatch(h -> h.name().equalsIgnoreCase(CONTENT_RANGE));
    }

    /** {@link #sendsPart(Optional, StatusClass)} for a described code. */
    public static boolean sendsPart(StatusInfo info) {
        return sendsPart(info.semantics(), info.statusClass());
    }

    /** How much of a body of this length a partial response sends: the first half, at least one byte. */
    public static int partLength(int bodyLength) {
        return bodyLength == 0 ? 0 : Math.max(1, bodyLength / 2);
    }

    /**
     * @param semantics   the semantics of the code sent (empty for a code without any: no field is implied)
     * @param location    where a redirect or 201 points (already checked to stay on this server)
     * @param retryAfter  seconds, "date", or null for the default where one is implied
     * @param bodyLength  the length of the full body, for Content-Range
     * @param sentLength  how much of it goes out (less than the full body for a partial response)
     */
    static void add(MultiMap headers, Optional<Semantics> semantics, StatusClass statusClass, String location,
            String retryAfter, int bodyLength, int sentLength) {
        Context context = new Context(statusClass, location, bodyLength, sentLength);
        boolean retryAfterImplied = false;
        for (HeaderRule h : implied(semantics)) {
            if (h.name().equalsIgnoreCase(RETRY_AFTER)) {
                retryAfterImplied = true;
                continue;
            }
            Value value = VALUES.get(h.name().toLowerCase(Locale.ROOT));
            String text = value == null ? null : value.of(context);
            if (text != null) {
                headers.set(h.name(), text);
            }
        }
        // A Retry-After already set (by /ratelimit, from its window) is the true one.
        if ((retryAfterImplied || retryAfter != null) && (retryAfter != null || !headers.contains(RETRY_AFTER))) {
            headers.set(RETRY_AFTER, retryAfter(retryAfter));
        }
    }

    /**
     * For an answer without a body whose own fields come first (go-httpbin's {@code /status}): adds each field the
     * code's semantics imply that the answer lacks (405's Allow, 416's Content-Range, 426's Upgrade), then removes
     * any the semantics forbid, so the answer stays what RFC 9110 asks of that code.
     *
     * @param location   where a Location the code implies points, when the answer has none
     * @param bodyLength the length of the full body, for Content-Range
     * @param sentLength how much of it goes out
     */
    public static void addMissing(MultiMap headers, StatusInfo info, String location, int bodyLength,
            int sentLength) {
        MultiMap implied = MultiMap.caseInsensitiveMultiMap();
        add(implied, info.semantics(), info.statusClass(), location, null, bodyLength, sentLength);
        for (Map.Entry<String, String> field : implied) {
            if (!headers.contains(field.getKey())) {
                headers.set(field.getKey(), field.getValue());
            }
        }
        removeForbidden(headers, info.semantics());
    }

    /** Removes the fields the semantics forbid, whoever set them (RFC 9110 §15.4.5's metadata on a 304, say). */
    static void removeForbidden(MultiMap headers, Optional<Semantics> semantics) {
        for (HeaderRule h : responseFields(semantics)) {
            if (h.requirement().isForbidden()) {
                headers.remove(h.name());
            }
        }
    }

    /** The response fields the semantics call for in any strength short of forbidding them. */
    private static List<HeaderRule> implied(Optional<Semantics> semantics) {
        return responseFields(semantics).stream().filter(h -> !h.requirement().isForbidden()).toList();
    }

    private static List<HeaderRule> responseFields(Optional<Semantics> semantics) {
        return semantics.map(s -> s.headers().stream().filter(h -> !h.request()).toList()).orElse(List.of());
    }

    /** Seconds as given, or an HTTP-date that many seconds ahead for "date". */
    static String retryAfter(String value) {
        if (value == null) {
            return DEFAULT_RETRY_AFTER;
        }
        if (value.equals("date")) {
            return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)
                    .plusSeconds(Long.parseLong(DEFAULT_RETRY_AFTER) * 24));
        }
        return value;
    }
}

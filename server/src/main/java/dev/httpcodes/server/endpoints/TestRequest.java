package dev.httpcodes.server.endpoints;

import dev.httpcodes.server.api.ApiHandlers;
import dev.httpcodes.server.protocol.Framing;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The options a test-endpoint request carries in its query and headers, validated and capped. Construction fails
 * with {@link Invalid} naming the bad part.
 */
public final class TestRequest {
    static final String PREFIX = "X-HttpStatus-";
    static final String RESPONSE_HEADER_PREFIX = "X-HttpStatus-Response-";
    public static final int MAX_CALLER_HEADERS = 20;
    static final int MAX_CALLER_HEADER_SIZE = 1024;
    private static final Pattern TOKEN = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$");
    /** Framing and connection headers a caller may not set: they would break the response, not test a client. */
    private static final Set<String> RESERVED = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "upgrade", "trailer", "te", "host", "proxy-connection");
    /**
     * Headers that act on this server's origin in the browser, beyond the one response: a caller could use them to
     * redirect visitors elsewhere (Refresh, Alt-Svc), plant or wipe state (Set-Cookie, Clear-Site-Data), pin
     * policy (HSTS, Service-Worker-Allowed, CSP) or open the origin to other sites' scripts (Access-Control-*).
     */
    private static final Set<String> HIJACKING = Set.of("refresh", "set-cookie", "set-cookie2",
            "strict-transport-security", "clear-site-data", "alt-svc", "service-worker-allowed",
            "content-security-policy", "content-security-policy-report-only", "origin-agent-cluster",
            "cross-origin-opener-policy", "cross-origin-embedder-policy", "cross-origin-resource-policy");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,9}");
    private static final Pattern WHOLE_MILLIS = Pattern.compile("[0-9]{1,18}");

    /** A request option that is malformed or over its cap. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    final Duration sleep;
    final Duration sleepAfterHeaders;
    final boolean suppressBody;
    final String retryAfter;
    final String location;
    final List<Map.Entry<String, String>> headers;
    final boolean abortBeforeHeaders;
    final boolean abortAfterHeaders;
    final boolean abortDuringBody;
    final boolean dribbleBody;

    TestRequest(HttpServerRequest request, Duration maxDelay) throws Invalid {
        String sleepParam = request.getParam("sleep");
        // The query is checked strictly (an explicit ask); a malformed X-HttpStatus-Sleep is ignored, as httpstat.us
        // ignored it, so a client library's stray header never turns a test into a 400.
        sleep = sleepParam != null ? millis("sleep", sleepParam, maxDelay)
                : millis(PREFIX + "Sleep", wellFormed(request.getHeader(PREFIX + "Sleep")), maxDelay);
        sleepAfterHeaders = millis(PREFIX + "SleepAfterHeaders", request.getHeader(PREFIX + "SleepAfterHeaders"),
                maxDelay);
        suppressBody = "true".equalsIgnoreCase(request.getParam("suppressBody"))
                || "true".equalsIgnoreCase(strip(request.getHeader(PREFIX + "SuppressBody")));
        retryAfter = retryAfter(request.getParam("retryAfter"));
        location = location(request.getParam("to"));
        headers = callerHeaders(request);
        abortBeforeHeaders = flag(request, "AbortBeforeHeaders");
        abortAfterHeaders = flag(request, "AbortAfterHeaders");
        abortDuringBody = flag(request, "AbortDuringBody");
        dribbleBody = flag(request, "DribbleBody");
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** The value when it is a whole number of milliseconds (at most 18 digits), else null. */
    private static String wellFormed(String value) {
        return value != null && WHOLE_MILLIS.matcher(value.strip()).matches() ? value.strip() : null;
    }

    private static boolean flag(HttpServerRequest request, String name) {
        String value = request.getHeader(PREFIX + name);
        return value != null && !value.equalsIgnoreCase("false") && !value.equals("0");
    }

    static Duration millis(String name, String value, Duration max) throws Invalid {
        if (value == null) {
            return Duration.ZERO;
        }
        try {
            long ms = Long.parseLong(value.strip());
            if (ms < 0) {
                throw new Invalid(name + " must be 0 or more milliseconds, not " + ms);
            }
            if (ms > max.toMillis()) {
                throw new Invalid(name + " is capped at " + max.toMillis() + " ms, not " + ms);
            }
            return Duration.ofMillis(ms);
        } catch (NumberFormatException e) {
            throw new Invalid(name + " must be a number of milliseconds, not \"" + ApiHandlers.truncate(value) + "\"");
        }
    }

    private static String retryAfter(String value) throws Invalid {
        if (value == null || value.equals("date")) {
            return value;
        }
        if (!SECONDS.matcher(value).matches()) {
            throw new Invalid("retryAfter must be a number of seconds or \"date\", not \""
                    + ApiHandlers.truncate(value) + "\"");
        }
        return value;
    }

    /** The target of a redirect: a path on this server only, so the endpoint can never be an open redirect. */
    private static String location(String to) throws Invalid {
        if (to == null) {
            // The default, /200, is resolved against the server's prefix by the endpoint.
            return null;
        }
        if (!onThisServer(to)) {
            throw new Invalid("to must be a path on this server, such as /200, not \"" + ApiHandlers.truncate(to)
                    + "\"");
        }
        return to;
    }

    /** A path on this server: not another origin, not scheme-relative, no backslash a browser reads as a slash. */
    static boolean onThisServer(String to) {
        return to.startsWith("/") && !to.startsWith("//") && !to.startsWith("/\\")
                && to.length() <= 1024 && to.chars().noneMatch(c -> c < 0x21 || c == '\\' || c >= 0x7f);
    }

    private static List<Map.Entry<String, String>> callerHeaders(HttpServerRequest request) throws Invalid {
        List<Map.Entry<String, String>> result = new ArrayList<>();
        for (Map.Entry<String, String> h : request.headers()) {
            if (h.getKey().regionMatches(true, 0, RESPONSE_HEADER_PREFIX, 0, RESPONSE_HEADER_PREFIX.length())) {
                add(result, h.getKey().substring(RESPONSE_HEADER_PREFIX.length()), h.getValue());
            }
        }
        for (String param : request.params().getAll("header")) {
            int colon = param.indexOf(':');
            if (colon <= 0) {
                throw new Invalid("header must be Name:Value, not \"" + ApiHandlers.truncate(param) + "\"");
            }
            add(result, param.substring(0, colon).strip(), param.substring(colon + 1).strip());
        }
        return List.copyOf(result);
    }

    private static void add(List<Map.Entry<String, String>> headers, String name, String value) throws Invalid {
        if (!TOKEN.matcher(name).matches()) {
            throw new Invalid("\"" + ApiHandlers.truncate(name) + "\" is not a header field name");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower)) {
            throw new Invalid(name + " cannot be set by the caller: it frames the response or the connection");
        }
        if (HIJACKING.contains(lower) || lower.startsWith("access-control-")) {
            throw new Invalid(name + " cannot be set by the caller: it would act on this server's origin");
        }
        if (value.length() > MAX_CALLER_HEADER_SIZE) {
            throw new Invalid("the value of " + name + " is longer than " + MAX_CALLER_HEADER_SIZE + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f || c > 0xff) {
                throw new Invalid(String.format(Locale.ROOT, "the value of %s contains the character U+%04X; "
                        + "only visible characters, spaces and tabs may be used", name, (int) c));
            }
        }
        if (lower.equals("location") && !onThisServer(value)) {
            throw new Invalid("Location must be a path on this server, such as /200, not \""
                    + ApiHandlers.truncate(value) + "\"");
        }
        if (headers.size() >= MAX_CALLER_HEADERS) {
            throw new Invalid("at most " + MAX_CALLER_HEADERS + " response headers can be set");
        }
        headers.add(Map.entry(name, value));
    }
}

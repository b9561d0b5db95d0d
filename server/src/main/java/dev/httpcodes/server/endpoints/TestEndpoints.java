package dev.httpcodes.server.endpoints;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Semantics;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.StatusCode;
import dev.httpcodes.core.StatusInfo;
import dev.httpcodes.server.ServerState;
import dev.httpcodes.server.api.ApiHandlers;
import dev.httpcodes.server.httpbin.HttpbinReplies;
import dev.httpcodes.server.ops.RateLimiter;
import dev.httpcodes.server.pages.Html;
import dev.httpcodes.server.pages.Layout;
import dev.httpcodes.server.protocol.AcceptedType;
import dev.httpcodes.server.protocol.LanguageChoice;
import dev.httpcodes.server.protocol.MountPoint;
import dev.httpcodes.server.protocol.Responses;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.PageMeta;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.UiText;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test endpoints compatible with httpstat.us and httpbin: any status code on demand, with the header fields it
 * implies, a negotiated body, delays, faults and caller-chosen headers. Delays use timers on the event loop, so a
 * sleeping request holds no thread.
 */
public final class TestEndpoints {
    /** How long a dribbled body takes at most, whatever its size. */
    public static final Duration DRIBBLE_TIME = Duration.ofSeconds(2);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Pattern DIGITS_6 = Pattern.compile("[0-9]{1,6}");
    private static final Pattern SEED = Pattern.compile("-?[0-9]{1,18}");

    private final Vertx vertx;
    private final Registry registry;
    private final Duration maxDelay;
    private final ServerState state;
    private final SiteUrls urls;
    private final HttpbinReplies httpbin;

    /** @param urls where the HTML answer links to the entry's page */
    public TestEndpoints(Vertx vertx, ServerState state, SiteUrls urls) {
        this.vertx = vertx;
        this.state = state;
        this.urls = urls;
        this.registry = state.registry;
        this.maxDelay = state.config.maxDelay();
        this.httpbin = new HttpbinReplies(registry);
    }

    /** {@code /{code}} and {@code /{code}/anything} (httpstat.us). */
    public void byPath(RoutingContext ctx) {
        spec(ctx, ctx.pathParam("code"), false);
    }

    /** {@code /random/{codes}} (httpstat.us): a list with ranges. */
    public void random(RoutingContext ctx) {
        spec(ctx, ctx.pathParam("codes"), true);
    }

    private void spec(RoutingContext ctx, String text, boolean ranges) {
        StatusSpec spec;
        try {
            spec = StatusSpec.parse(text, ranges);
        } catch (StatusSpec.BadSpec e) {
            bad(ctx, e.getMessage());
            return;
        }
        Optional<RandomGenerator> random = seeded(ctx);
        if (random == null) {
            return;
        }
        answer(ctx, spec.pick(random.orElseGet(ThreadLocalRandom::current)));
    }

    /** {@code /unstable?failure_rate=0.3&seed=7} (go-httpbin): 500 with that probability, 200 otherwise. */
    public void unstable(RoutingContext ctx) {
        String rate = ctx.request().getParam("failure_rate", "0.5");
        double failureRate;
        try {
            failureRate = Double.parseDouble(rate);
        } catch (NumberFormatException e) {
            failureRate = -1;
        }
        // /unstable is go-httpbin's, so its errors take go-httpbin's JSON shape rather than problem details.
        if (!(failureRate >= 0 && failureRate <= 1)) {
            httpbin.badRequest(ctx, "invalid failure rate: a number from 0 to 1 is required, not \""
                    + ApiHandlers.truncate(rate) + "\"");
            return;
        }
        String seed = ctx.request().getParam("seed");
        if (seed != null && !SEED.matcher(seed).matches()) {
            httpbin.badRequest(ctx, "invalid seed: an integer is required, not \"" + ApiHandlers.truncate(seed) + "\"");
            return;
        }
        Optional<RandomGenerator> random = seeded(ctx);
        boolean fail = random.orElseGet(ThreadLocalRandom::current).nextDouble() < failureRate;
        answer(ctx, StatusCode.of(fail ? 500 : 200));
    }

    /** {@code /ratelimit?limit=5&window=60}: 200 until the limit, then 429 with Retry-After and RateLimit fields. */
    public void rateLimit(RoutingContext ctx) {
        String limitParam = ctx.request().getParam("limit", "5");
        String windowParam = ctx.request().getParam("window", "60");
        int limit = DIGITS_6.matcher(limitParam).matches() ? Integer.parseInt(limitParam) : -1;
        int window = DIGITS_6.matcher(windowParam).matches() ? Integer.parseInt(windowParam) : -1;
        if (limit < 1 || limit > RateLimiter.MAX_LIMIT || window < 1 || window > RateLimiter.MAX_WINDOW_SECONDS) {
            bad(ctx, "limit must be 1 to " + RateLimiter.MAX_LIMIT + " and window 1 to "
                    + RateLimiter.MAX_WINDOW_SECONDS + " seconds");
            return;
        }
        String client = RateLimiter.clientKey(ctx.request().remoteAddress() == null ? null
                : ctx.request().remoteAddress().hostAddress());
        Optional<RateLimiter.Decision> decision = state.rateLimiter.take(client, limit, window * 1000L,
                System.currentTimeMillis());
        if (decision.isEmpty()) {
            ctx.response().putHeader("Retry-After", ImpliedHeaders.DEFAULT_RETRY_AFTER);
            Responses.problem(ctx, registry, LanguageChoice.of(ctx), 503, "the rate limiter is tracking as many "
                    + "clients as it can; retry later", List.of());
            return;
        }
        RateLimiter.Decision d = decision.get();
        MultiMap headers = ctx.response().headers();
        headers.set("RateLimit-Policy", limit + ";w=" + window);
        headers.set("RateLimit", "limit=" + limit + ", remaining=" + d.remaining() + ", reset=" + d.resetSeconds());
        headers.set("RateLimit-Limit", Integer.toString(limit));
        headers.set("RateLimit-Remaining", Integer.toString(d.remaining()));
        headers.set("RateLimit-Reset", Long.toString(d.resetSeconds()));
        if (d.allowed()) {
            answer(ctx, StatusCode.of(200));
        } else {
            headers.set("Retry-After", Long.toString(d.resetSeconds()));
            answer(ctx, StatusCode.of(429));
        }
    }

    /** Answers with a status after the requested delays and faults. */
    private void answer(RoutingContext ctx, StatusCode code) {
        TestRequest options;
        try {
            options = new TestRequest(ctx.request(), maxDelay);
        } catch (TestRequest.Invalid e) {
            bad(ctx, e.getMessage());
            return;
        }
        if ((!options.sleep.isZero() || !options.sleepAfterHeaders.isZero() || options.dribbleBody)
                && ctx.get(SLOW) == null && !slow(ctx)) {
            return;
        }
        later(ctx, options.sleep.toMillis(), () -> respond(ctx, code, options));
    }

    private void respond(RoutingContext ctx, StatusCode code, TestRequest options) {
        HttpServerResponse response = ctx.response();
        if (response.closed()) {
            return;
        }
        // The number's semantics: the status line carries the number, a sub-status only X-Substatus.
        StatusInfo asked = registry.describe(code.code());
        if (options.abortBeforeHeaders || closesConnection(asked)) {
            abort(ctx);
            return;
        }
        int status = code.code();
        Lang lang = LanguageChoice.of(ctx);
        Optional<Entry> entry = entry(code);
        boolean interim = asked.statusClass() == StatusClass.INFORMATIONAL;
        if (interim) {
            interim(ctx, status);
            status = 200;
        }
        StatusInfo sent = interim ? registry.describe(status) : asked;
        boolean noContent = !sent.isContentAllowed() || ctx.request().method() == HttpMethod.HEAD
                || options.suppressBody;
        AcceptedType type = AcceptedType.of(ctx.request().getHeader("Accept"));
        String body = noContent ? "" : body(type, code, entry, lang, interim);
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int sentLength = ImpliedHeaders.sendsPart(sent.semantics(), sent.statusClass())
                ? ImpliedHeaders.partLength(bytes.length) : bytes.length;

        response.setStatusCode(status).setStatusMessage(interim ? phrase(StatusCode.of(200)) : phrase(code));
        MultiMap headers = response.headers();
        String location = options.location != null ? options.location : MountPoint.path(ctx, "/200");
        ImpliedHeaders.add(headers, sent.semantics(), sent.statusClass(), location, options.retryAfter,
                bytes.length, sentLength);
        bytes = java.util.Arrays.copyOf(bytes, sentLength);
        code.subcode().ifPresent(s -> headers.set("X-Substatus", Integer.toString(s)));
        headers.set("Cache-Control", "no-store");
        headers.set("Access-Control-Allow-Origin", "*");
        headers.set("Access-Control-Expose-Headers", "*");
        if (!noContent) {
            headers.set("Content-Type", type.contentType);
        }
        // A caller's field replaces the one the status implies (one Location, one Retry-After), while several
        // caller fields of one name all go out.
        for (Map.Entry<String, String> h : options.headers) {
            headers.remove(h.getKey());
        }
        for (Map.Entry<String, String> h : options.headers) {
            headers.add(h.getKey(), h.getValue());
        }
        // Last, so neither the caller nor the language negotiation sends what the code forbids (a 304's
        // Content-Language: httpcodes check's rule not-modified-metadata).
        ImpliedHeaders.removeForbidden(headers, sent.semantics());
        if (bytes.length == 0) {
            response.end();
            return;
        }
        Buffer buffer = Buffer.buffer(bytes);
        if (options.abortAfterHeaders || options.abortDuringBody || options.dribbleBody
                || !options.sleepAfterHeaders.isZero()) {
            response.setChunked(true);
            response.writeHead();
            if (options.abortAfterHeaders) {
                later(ctx, 50, () -> abort(ctx));
                return;
            }
            byte[] dribbled = bytes;
            later(ctx, options.sleepAfterHeaders.toMillis(), () -> {
                if (options.abortDuringBody) {
                    response.write(buffer.getBuffer(0, Math.max(1, buffer.length() / 2)));
                    later(ctx, 50, () -> abort(ctx));
                } else if (options.dribbleBody) {
                    Drip.start(vertx, response, dribbled, dribbled.length, DRIBBLE_TIME.toMillis());
                } else {
                    response.end(buffer);
                }
            });
            return;
        }
        response.end(buffer);
    }

    /** 100 and 103 go out as real interim responses before the final one; the others cannot be sent alone. */
    private void interim(RoutingContext ctx, int status) {
        HttpServerResponse response = ctx.response();
        if (status == 100) {
            response.writeContinue();
        } else if (status == 103) {
            response.writeEarlyHints(MultiMap.caseInsensitiveMultiMap()
                    .add("Link", "</assets/app.css>; rel=preload; as=style"));
        } else {
            response.putHeader("X-HttpStatus-Interim-Not-Sent", Integer.toString(status));
        }
        response.putHeader("X-HttpStatus-Interim", Integer.toString(status));
    }

    private String body(AcceptedType type, StatusCode code, Optional<Entry> entry, Lang lang, boolean interim) {
        String phrase = phrase(code);
        String title = entry.map(e -> e.title().in(lang)).orElse(phrase);
        return switch (type) {
            case JSON -> {
                ObjectNode o = MAPPER.createObjectNode();
                o.put("code", code.code());
                o.put("description", phrase);
                code.subcode().ifPresent(s -> o.put("substatus", s));
                entry.ifPresent(e -> {
                    o.put("id", e.id());
                    o.put("title", e.title().in(lang));
                    o.put("summary", e.summary().in(lang));
                });
                if (interim) {
                    o.put("interim", true);
                }
                yield Responses.htmlSafe(MAPPER.writeValueAsString(o));
            }
            // The head names the entry's page as canonical (or a search, not indexed, for a code without one).
            case HTML -> Layout.page(lang, PageMeta.of(code + " " + phrase + " · httpcodes", title,
                    entry.map(e -> PageAddress.entry(e.id())).orElse(PageAddress.search(code.toString()))), urls, "",
                    "<h1>" + Html.esc(code + " " + phrase) + "</h1>\n<p>" + Html.esc(title) + "</p>\n"
                    + entry.map(e -> "<p>" + Html.esc(e.summary().in(lang)) + "</p>\n<p><a href=\""
                            + Html.esc(urls.path(PageAddress.entry(e.id()), lang)) + "\">"
                            + UiText.ALL_ENTRIES.in(lang) + " → " + Html.esc(e.id()) + "</a></p>\n").orElse(""));
            case TEXT -> code + " " + phrase + (code.hasSubcode() && entry.isPresent()
                    ? " (" + entry.get().title().in(lang) + ")" : "");
        };
    }

    /** Whether the code is one a server never sends: it closes the connection instead (nginx's 444). */
    private static boolean closesConnection(StatusInfo info) {
        return info.semantics().map(Semantics::closesConnection).orElse(false);
    }

    /** The registry's entry for the code: the sub-status one, or the standard meaning of the number. */
    private Optional<Entry> entry(StatusCode code) {
        List<Entry> found = registry.find(code);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The reason phrase: the number's first meaning, or the name of its class for a number nobody uses. */
    String phrase(StatusCode code) {
        return registry.reasonPhrase(code.code());
    }

    /** Ends the exchange without a (complete) response: a closed connection on HTTP/1, a reset stream on HTTP/2. */
    private static void abort(RoutingContext ctx) {
        if (ctx.request().version() == HttpVersion.HTTP_2) {
            ctx.response().reset();
        } else {
            ctx.request().connection().close();
        }
    }

    /**
     * Runs {@code action} after {@code millis}; a failure in it goes to the router's failure handler, as one in a
     * handler would (a timer callback is outside the router's reach otherwise).
     */
    private void later(RoutingContext ctx, long millis, Runnable action) {
        if (millis <= 0) {
            action.run();
        } else {
            vertx.setTimer(millis, id -> {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    ctx.fail(e);
                }
            });
        }
    }

    private static final String SLOW = "httpcodes.slow";

    /**
     * Takes one of the server's slots for slow responses, given back when the response ends or its connection
     * closes; when none is free, answers 503 with Retry-After and returns false.
     */
    private boolean slow(RoutingContext ctx) {
        if (!state.startSlow()) {
            ctx.response().putHeader("Retry-After", ImpliedHeaders.DEFAULT_RETRY_AFTER);
            Responses.problem(ctx, registry, LanguageChoice.of(ctx), 503, "too many slow responses in flight (at most "
                    + state.config.capacity().maxSlowResponses() + "); retry later", List.of());
            return false;
        }
        ctx.put(SLOW, Boolean.TRUE);
        ctx.addEndHandler(done -> state.endSlow());
        return true;
    }

    /** The random source: {@code ?seed=} makes the choice reproducible; null after answering 400 for a bad seed. */
    private Optional<RandomGenerator> seeded(RoutingContext ctx) {
        String seed = ctx.request().getParam("seed");
        if (seed == null) {
            return Optional.empty();
        }
        if (!SEED.matcher(seed).matches()) {
            bad(ctx, "seed must be an integer, not \"" + ApiHandlers.truncate(seed) + "\"");
            return null;
        }
        // SplittableRandom mixes its seed: java.util.Random's first number for seeds 1, 2, 3 … barely differs.
        return Optional.of(new SplittableRandom(Long.parseLong(seed)));
    }

    private void bad(RoutingContext ctx, String detail) {
        Responses.problem(ctx, registry, LanguageChoice.of(ctx), 400, detail, List.of());
    }
}

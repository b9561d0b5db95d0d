package dev.httpcodes.check.lint.kinds;

import dev.httpcodes.check.lint.Check;
import dev.httpcodes.check.lint.Findings;
import dev.httpcodes.check.lint.HopContext;
import dev.httpcodes.core.rules.LintRule;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code problem-json-object}, {@code problem-json-status} and {@code problem-json-members}: a body labelled
 * application/problem+json must be a JSON object (RFC 9457 §3) whose status member equals the response's status
 * (§3.1.2) and whose standard members have their types (§3.1). A truncated body is not judged.
 */
public final class ProblemJson implements Check {
    /** The standard members and their JSON types. */
    private static final Map<String, String> MEMBERS = Map.of("type", "string", "title", "string",
            "status", "number", "detail", "string", "instance", "string");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Aspect { OBJECT, STATUS, MEMBERS }

    private final Aspect aspect;

    public ProblemJson(Aspect aspect) {
        this.aspect = aspect;
    }

    @Override
    public void run(LintRule rule, HopContext c, Findings out) {
        String type = c.response().headers().first("Content-Type").orElse("");
        int semicolon = type.indexOf(';');
        String media = (semicolon >= 0 ? type.substring(0, semicolon) : type).strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/problem+json") || c.hop().bodyTruncated()) {
            return;
        }
        JsonNode doc;
        try {
            doc = JSON.readTree(new String(c.hop().body(), StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            doc = null;
        }
        boolean object = doc != null && doc.isObject();
        switch (aspect) {
            case OBJECT -> {
                if (!object) {
                    out.add(rule, c, rule.field());
                }
            }
            case STATUS -> {
                if (object && doc.path("status").isNumber() && doc.path("status").asInt() != c.status()) {
                    out.add(rule, c, rule.field(), "value", doc.path("status").asString());
                }
            }
            case MEMBERS -> {
                if (!object) {
                    return;
                }
                for (Map.Entry<String, String> m : new java.util.TreeMap<>(MEMBERS).entrySet()) {
                    JsonNode v = doc.get(m.getKey());
                    boolean ok = v == null || (m.getValue().equals("string") ? v.isString() : v.isIntegralNumber());
                    if (!ok) {
                        out.add(rule, c, rule.field(), "member", m.getKey(), "value",
                                v.getNodeType().name().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
    }
}

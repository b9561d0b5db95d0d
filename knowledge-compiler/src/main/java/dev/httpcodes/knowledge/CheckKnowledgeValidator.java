package dev.httpcodes.knowledge;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Checks {@code lint-rules.yaml} and {@code fingerprints.yaml}: each against its JSON Schema, then what a schema
 * cannot say: unique ids, the same placeholders in both languages, regexes that compile (with a group where a
 * capture is named), vendors that exist, and rules that agree with the entries they apply to (a rule's level with
 * the requirement the entry's semantics give the field; no-content and cacheable-by-default rules with the entry's
 * semantics). Collects every problem instead of stopping at the first.
 */
public final class CheckKnowledgeValidator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern EXACT_CODE = Pattern.compile("^[0-9]{3}$");
    private static final Pattern RANGE = Pattern.compile("^([0-9]{3})-([0-9]{3})$");

    private final Schema rulesSchema;
    private final Schema fingerprintsSchema;

    public CheckKnowledgeValidator(String rulesSchemaJson, String fingerprintsSchemaJson) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.rulesSchema = registry.getSchema(rulesSchemaJson, InputFormat.JSON);
        this.fingerprintsSchema = registry.getSchema(fingerprintsSchemaJson, InputFormat.JSON);
    }

    public void validate(JsonNode rules, JsonNode fingerprints, JsonNode taxonomy, List<SourceFile> entries)
            throws KnowledgeException {
        List<String> problems = new ArrayList<>();
        for (Error e : rulesSchema.validate(rules)) {
            problems.add(CheckKnowledgeCompiler.RULES + ": " + e.getInstanceLocation() + " " + e.getMessage());
        }
        for (Error e : fingerprintsSchema.validate(fingerprints)) {
            problems.add(CheckKnowledgeCompiler.FINGERPRINTS + ": " + e.getInstanceLocation() + " " + e.getMessage());
        }
        if (problems.isEmpty()) {
            Map<String, JsonNode> semantics = new HashMap<>();
            for (SourceFile entry : entries) {
                semantics.put(entry.id(), entry.node().path("semantics"));
            }
            checkRules(rules, semantics, problems);
            checkProducers(fingerprints, taxonomy, problems);
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
    }

    private static void checkRules(JsonNode rules, Map<String, JsonNode> semantics, List<String> problems) {
        unique(rules.path("rules"), CheckKnowledgeCompiler.RULES + ": rule", problems);
        unique(rules.path("failures"), CheckKnowledgeCompiler.RULES + ": failure", problems);
        for (JsonNode rule : rules.path("rules")) {
            String where = CheckKnowledgeCompiler.RULES + ": rule " + rule.path("id").asString();
            samePlaceholders(rule.path("message"), where, problems);
            ranges(rule.path("codes"), where, problems);
            String check = rule.path("check").asString();
            String level = rule.path("level").asString();
            for (JsonNode c : rule.path("codes")) {
                String code = c.asString();
                if (!EXACT_CODE.matcher(code).matches()) {
                    continue;
                }
                JsonNode s = semantics.get(code);
                if (s == null || s.isMissingNode()) {
                    problems.add(where + ": code " + code + " has no entry with semantics");
                    continue;
                }
                switch (check) {
                    case "header-missing" -> {
                        for (JsonNode f : rule.path("fields")) {
                            String required = requirement(s, f.asString());
                            boolean agrees = switch (level) {
                                case "error" -> required.equals("MUST");
                                case "warning" -> required.equals("SHOULD");
                                default -> !required.equals("MUST") && !required.equals("SHOULD");
                            };
                            if (!agrees) {
                                problems.add(where + ": level " + level + " disagrees with entry " + code
                                        + ", whose semantics give " + f.asString() + " as "
                                        + (required.isEmpty() ? "nothing" : required));
                            }
                        }
                    }
                    case "header-present" -> {
                        for (JsonNode f : rule.path("fields")) {
                            if (level.equals("error") && !requirement(s, f.asString()).equals("MUST NOT")) {
                                problems.add(where + ": level error needs entry " + code + " to give "
                                        + f.asString() + " as MUST NOT");
                            }
                        }
                    }
                    case "content-forbidden" -> {
                        if (!s.path("content").asString("").equals("none")) {
                            problems.add(where + ": entry " + code + " allows content");
                        }
                    }
                    case "heuristic-cache" -> {
                        if (!s.path("cacheable").asBoolean(false)) {
                            problems.add(where + ": entry " + code + " is not cacheable by default");
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        for (JsonNode failure : rules.path("failures")) {
            samePlaceholders(failure.path("message"),
                    CheckKnowledgeCompiler.RULES + ": failure " + failure.path("id").asString(), problems);
        }
    }

    /** The requirement an entry's semantics give a response field, or "" when it does not list it. */
    private static String requirement(JsonNode semantics, String field) {
        for (JsonNode h : semantics.path("headers")) {
            if (h.path("name").asString().equalsIgnoreCase(field) && !h.path("direction").asString("").equals("request")) {
                return h.path("requirement").asString();
            }
        }
        return "";
    }

    private static void checkProducers(JsonNode fingerprints, JsonNode taxonomy, List<String> problems) {
        unique(fingerprints.path("producers"), CheckKnowledgeCompiler.FINGERPRINTS + ": producer", problems);
        Set<String> vendors = new HashSet<>();
        taxonomy.path("vendors").forEach(v -> vendors.add(v.path("id").asString()));
        for (JsonNode p : fingerprints.path("producers")) {
            String where = CheckKnowledgeCompiler.FINGERPRINTS + ": producer " + p.path("id").asString();
            if (p.path("vendor").isString() && !vendors.contains(p.path("vendor").asString())) {
                problems.add(where + ": unknown vendor " + p.path("vendor").asString() + " (see taxonomy.yaml)");
            }
            int i = 0;
            for (JsonNode s : p.path("signals")) {
                String at = where + " signal " + i++;
                samePlaceholders(s.path("evidence"), at, problems);
                ranges(s.path("status"), at, problems);
                int groups = Math.max(groups(s.path("match"), at, problems), groups(s.path("body"), at, problems));
                if (s.path("capture").isString() && groups < 1) {
                    problems.add(at + ": capture " + s.path("capture").asString() + " needs a regex with a group");
                }
                if (!s.path("header").asString("").equals(s.path("header").asString("").toLowerCase(Locale.ROOT))) {
                    problems.add(at + ": header names are written in lower case");
                }
            }
        }
    }

    private static int groups(JsonNode regex, String where, List<String> problems) {
        if (!regex.isString()) {
            return -1;
        }
        try {
            return Pattern.compile(regex.asString()).matcher("").groupCount();
        } catch (PatternSyntaxException e) {
            problems.add(where + ": regex does not compile: " + e.getDescription() + " in " + regex.asString());
            return -1;
        }
    }

    private static void ranges(JsonNode patterns, String where, List<String> problems) {
        for (JsonNode p : patterns) {
            Matcher m = RANGE.matcher(p.asString());
            if (m.matches() && Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
                problems.add(where + ": range " + p.asString() + " is empty");
            }
        }
    }

    private static void unique(JsonNode items, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (JsonNode item : items) {
            if (!seen.add(item.path("id").asString())) {
                problems.add(what + " id " + item.path("id").asString() + " is used twice");
            }
        }
    }

    private static void samePlaceholders(JsonNode text, String where, List<String> problems) {
        Set<String> zh = placeholders(text.path("zh").asString(""));
        Set<String> en = placeholders(text.path("en").asString(""));
        if (!zh.equals(en)) {
            problems.add(where + ": placeholders differ between zh " + zh + " and en " + en);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}

package dev.httpcodes.check.lint;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.rules.LintRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects findings, filling each rule's message in the chosen language. */
public final class Findings {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private final Lang lang;
    private final List<Finding> list = new ArrayList<>();
    private int interim;

    Findings(Lang lang) {
        this.lang = lang;
    }

    void about(int interimStatus) {
        this.interim = interimStatus;
    }

    public Lang lang() {
        return lang;
    }

    /**
     * Records a finding of the rule about {@code field}. {@code {code}} and {@code {field}} are always filled;
     * {@code args} gives the rest (name, value, name, value …).
     */
    public void add(LintRule rule, HopContext context, String field, String... args) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("code", Integer.toString(context.status()));
        values.put("field", field);
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i], args[i + 1]);
        }
        list.add(new Finding(rule.id(), rule.level(), field, rule.section().label(), rule.section().url(),
                fill(rule.message().in(lang), values), interim));
    }

    /** Replaces each {name} with its value; a name without a value stays as written. */
    public static String fill(String message, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder(message.length() + 32);
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    List<Finding> list() {
        return List.copyOf(list);
    }
}

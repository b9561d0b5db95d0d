package dev.httpcodes.check.producer;

import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.rules.CheckKnowledge;
import dev.httpcodes.core.rules.CodePattern;
import dev.httpcodes.core.rules.Producer;
import dev.httpcodes.core.rules.Signal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matches every producer's signals against a response; regexes are compiled once, when this is made. */
public final class Attributor {
    /** A weight from which a signal shows the producer made the response itself. */
    static final int GENERATED = 10;
    static final int LIKELY = 3;
    private static final int EXCERPT = 120;

    private record Compiled(Producer producer, Signal signal, Pattern match, Pattern body) {
    }

    private final List<Compiled> signals = new ArrayList<>();

    public Attributor(CheckKnowledge knowledge) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        for (Producer p : knowledge.producers()) {
            for (Signal s : p.signals()) {
                signals.add(new Compiled(p, s, s.match().map(r -> Pattern.compile(r, flags)).orElse(null),
                        s.body().map(r -> Pattern.compile(r, flags | Pattern.MULTILINE)).orElse(null)));
            }
        }
    }

    public Attribution attribute(int status, HeaderFields headers, byte[] body, Lang lang) {
        String text = new String(body, StandardCharsets.UTF_8);
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, Producer> producers = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Map<String, String>> captures = new LinkedHashMap<>();
        for (Compiled c : signals) {
            Signal s = c.signal();
            if (!s.status().isEmpty() && !CodePattern.anyMatches(s.status(), status)) {
                continue;
            }
            String matched = null;
            String source = "header";
            String captured = null;
            if (s.header().isPresent()) {
                Optional<String> value = matchingValue(headers, s.header().get(), c.match());
                if (value.isEmpty()) {
                    continue;
                }
                matched = s.header().get() + ": " + value.get();
                if (c.match() != null) {
                    Matcher m = c.match().matcher(value.get());
                    if (m.find() && m.groupCount() > 0) {
                        captured = m.group(1);
                    }
                }
            }
            if (c.body() != null) {
                Matcher m = c.body().matcher(text);
                if (!m.find()) {
                    continue;
                }
                String part = m.group();
                matched = (matched == null ? "" : matched + "; ")
                        + (part.length() > EXCERPT ? part.substring(0, EXCERPT) + "…" : part);
                source = s.header().isPresent() ? "header+body" : "body";
                if (m.groupCount() > 0 && m.group(1) != null) {
                    captured = m.group(1);
                }
            }
            String id = c.producer().id();
            producers.put(id, c.producer());
            weights.merge(id, s.weight(), Integer::sum);
            evidence.add(new Evidence(id, source, matched, s.evidence().in(lang), s.weight()));
            if (captured != null && s.capture().isPresent()) {
                captures.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .putIfAbsent(s.capture().get(), normalise(s.capture().get(), captured));
            }
        }
        if (weights.isEmpty()) {
            return Attribution.unknown();
        }
        String best = null;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            if (best == null || e.getValue() > weights.get(best)) {
                best = e.getKey();
            }
        }
        int weight = weights.get(best);
        String certainty = weight >= GENERATED ? "generated" : weight >= LIKELY ? "likely" : "passed-through";
        List<String> via = new ArrayList<>();
        for (String id : weights.keySet()) {
            if (!id.equals(best)) {
                via.add(producers.get(id).name());
            }
        }
        String winner = best;
        evidence.sort(Comparator.comparing((Evidence e) -> !e.producer().equals(winner))
                .thenComparing(Comparator.comparingInt(Evidence::weight).reversed()));
        Map<String, String> mine = captures.getOrDefault(best, Map.of());
        return new Attribution(Optional.of(best), Optional.of(producers.get(best).name()), certainty,
                Optional.ofNullable(mine.get("version")), Optional.ofNullable(mine.get("substatus")),
                Optional.ofNullable(mine.get("code")), List.copyOf(evidence), List.copyOf(via));
    }

    /** Akamai writes its reference with HTML character references (&#46; for the dots): shown decoded. */
    private static String normalise(String capture, String value) {
        return capture.equals("code") ? value.replace("&#46;", ".") : value;
    }

    private static Optional<String> matchingValue(HeaderFields headers, String name, Pattern match) {
        for (String v : headers.all(name)) {
            if (match == null || match.matcher(v).find()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}

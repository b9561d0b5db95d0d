package dev.httpcodes.check.report;

import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.Response;
import dev.httpcodes.check.http.Timings;
import dev.httpcodes.check.lint.Finding;
import dev.httpcodes.check.producer.Attribution;
import dev.httpcodes.check.producer.Evidence;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code httpcodes check --json}; the shape is documented in {@code docs/check-report.schema.json}. */
public final class ReportJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ReportJson() {
    }

    public static String render(CheckReport report, Registry registry) {
        ObjectNode root = F.objectNode();
        ObjectNode input = root.putObject("input");
        input.put("kind", report.input());
        input.put("source", report.source());
        ArrayNode hops = root.putArray("hops");
        for (HopReport h : report.hops()) {
            hops.add(hop(h, registry, report));
        }
        if (report.failure().isPresent()) {
            ObjectNode f = root.putObject("failure");
            f.put("kind", report.failure().get().kind());
            f.put("url", report.failure().get().url());
            f.put("detail", report.failure().get().detail());
            f.put("message", report.failureMessage().orElse(""));
        } else {
            root.putNull("failure");
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count("error"));
        summary.put("warnings", report.count("warning"));
        summary.put("infos", report.count("info"));
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode hop(HopReport h, Registry registry, CheckReport report) {
        Hop hop = h.hop();
        ObjectNode o = F.objectNode();
        o.put("url", hop.url());
        o.put("method", hop.method());
        o.put("protocol", hop.protocol());
        o.put("status", hop.status());
        o.put("reason", hop.response().reason());
        Optional<Entry> m = h.meaning();
        o.put("phrase", m.map(Entry::phrase).orElse(null));
        o.put("title", m.map(e -> e.title().in(report.lang())).orElse(null));
        o.put("entryId", m.map(Entry::id).orElse(null));
        o.put("vendor", m.flatMap(Entry::vendor).map(v -> v.id()).orElse(null));
        o.put("subStatus", h.producedBy().subStatus().orElse(null));
        o.set("headers", headers(hop.headers()));
        ArrayNode interim = o.putArray("interim");
        for (Response r : hop.interim()) {
            ObjectNode i = interim.addObject();
            i.put("status", r.status());
            List<Entry> meanings = registry.find(r.status());
            i.put("phrase", meanings.isEmpty() ? null : meanings.get(0).phrase());
            i.set("headers", headers(r.headers()));
        }
        o.put("interimVisible", hop.interimVisible());
        ObjectNode body = o.putObject("body");
        body.put("bytes", hop.body().length);
        body.put("truncated", hop.bodyTruncated());
        body.put("exact", hop.bodyExact());
        o.set("producedBy", producer(h.producedBy()));
        o.set("timings", timings(hop.timings()));
        ArrayNode findings = o.putArray("findings");
        for (Finding f : h.findings()) {
            ObjectNode j = findings.addObject();
            j.put("rule", f.rule());
            j.put("level", f.level());
            j.put("field", f.field().isEmpty() ? null : f.field());
            j.put("section", f.section());
            j.put("sectionUrl", f.sectionUrl());
            j.put("message", f.message());
            if (f.interim() > 0) {
                j.put("interim", f.interim());
            } else {
                j.putNull("interim");
            }
        }
        return o;
    }

    private static ArrayNode headers(HeaderFields fields) {
        ArrayNode a = F.arrayNode();
        for (HeaderFields.Field f : fields.list()) {
            a.addObject().put("name", f.name()).put("value", f.value());
        }
        return a;
    }

    private static ObjectNode producer(Attribution a) {
        ObjectNode p = F.objectNode();
        p.put("name", a.name().orElse(null));
        p.put("id", a.id().orElse(null));
        p.put("certainty", a.certainty());
        p.put("version", a.version().orElse(null));
        p.put("code", a.code().orElse(null));
        ArrayNode evidence = p.putArray("evidence");
        for (Evidence e : a.evidence()) {
            evidence.addObject().put("producer", e.producer()).put("source", e.source()).put("matched", e.matched())
                    .put("meaning", e.meaning()).put("weight", e.weight());
        }
        ArrayNode via = p.putArray("via");
        a.via().forEach(via::add);
        return p;
    }

    private static ObjectNode timings(Timings t) {
        ObjectNode o = F.objectNode();
        o.put("dnsMs", t.dnsMs());
        o.put("connectMs", t.connectMs());
        o.put("tlsMs", t.tlsMs());
        o.put("firstByteMs", t.firstByteMs());
        o.put("totalMs", t.totalMs());
        o.put("source", t.source());
        return o;
    }
}

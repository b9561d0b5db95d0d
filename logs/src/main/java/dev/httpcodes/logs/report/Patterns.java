package dev.httpcodes.logs.report;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.logs.stats.LogStats;
import dev.httpcodes.logs.stats.TopCounter;
import dev.httpcodes.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Patterns across codes that point at one cause, each with the threshold that triggers it; the messages are in the
 * knowledge base ({@code taxonomy.yaml}, {@code patterns}).
 */
final class Patterns {
    private Patterns() {
    }

    static List<String> find(LogReport report, LogStats stats, Registry registry, Lang lang) {
        List<String> found = new ArrayList<>();
        if (report.lines == 0) {
            return found;
        }
        if (registry.patternCodes("slow-upstream").stream().allMatch(code -> report.count(code) >= 10)) {
            found.add(text(registry, "slow-upstream", lang));
        }
        for (int i = 0; i < LogStats.BURST_CODES.length; i++) {
            java.util.List<Long> perMinute = new ArrayList<>();
            for (long[] bucket : stats.minutes.values()) {
                if (bucket[LogStats.BURSTS + i] > 0) {
                    perMinute.add(bucket[LogStats.BURSTS + i]);
                }
            }
            if (bursty(perMinute, stats.minutes.size())) {
                found.add(text(registry, "bursts", lang, LogStats.BURST_CODES[i]));
            }
        }
        if (anyCounted(report, registry, "rate-limited")) {
            found.add(text(registry, "rate-limited", lang));
        }
        double serverShare = (double) report.inClass(StatusClass.SERVER_ERROR) / report.lines;
        if (serverShare > 0.05) {
            found.add(text(registry, "server-errors", lang, percent(serverShare)));
        }
        for (String code : registry.patternCodes("scanning")) {
            long count = report.count(code);
            LogStats.ErrorDetail detail = stats.errors(code);
            if (detail != null && (double) count / report.lines > 0.2 && detail.paths.distinct() >= 50) {
                found.add(text(registry, "scanning", lang, percent((double) count / report.lines),
                        detail.paths.distinct() >= TopCounter.CAPACITY ? TopCounter.CAPACITY + "+"
                                : detail.paths.distinct()));
                break;
            }
        }
        if (anyCounted(report, registry, "cdn-origin")) {
            found.add(text(registry, "cdn-origin", lang));
        }
        producers(report, registry, lang, found);
        return found;
    }

    /** Patterns that depend on who produced the responses, for logs that carry the evidence. */
    private static void producers(LogReport report, Registry registry, Lang lang, List<String> found) {
        for (String id : List.of("proxy-gateway-errors", "upstream-gateway-errors")) {
            List<String> codes = registry.patternCodes(id);
            long made = 0;
            for (String code : codes) {
                LogReport.Produced p = report.producedBy.get(code);
                if (p != null) {
                    made += id.startsWith("proxy") ? p.proxy() : p.upstream();
                }
            }
            if (made >= 10) {
                found.add(text(registry, id, lang, made, String.join("/", codes)));
            }
        }
        evidence(report, registry, lang, found);
        if (anyCounted(report, registry, "clients-gave-up")) {
            found.add(text(registry, "clients-gave-up", lang));
        }
        for (String code : registry.patternCodes("client-closed-waiting")) {
            dev.httpcodes.logs.latency.Percentiles waited = report.latencyByStatus.get(code);
            if (report.count(code) >= 10 && waited != null) {
                found.add(text(registry, "client-closed-waiting", lang, waited.p50() / 1000));
            }
        }
    }

    /**
     * Patterns that the knowledge base ties to a reason token the proxy wrote (Envoy's {@code UF}, HAProxy's
     * {@code sH}) or to an upstream status kept beside the status sent (Cloudflare's origin status): each applies
     * when a record of one of its codes carries that evidence.
     */
    private static void evidence(LogReport report, Registry registry, Lang lang, List<String> found) {
        for (String id : registry.patternIds()) {
            List<String> reasons = registry.patternReasons(id);
            boolean origin = registry.patternNeedsOriginStatus(id);
            if (reasons.isEmpty() && !origin) {
                continue;
            }
            List<String> codes = registry.patternCodes(id);
            boolean seen = false;
            if (origin) {
                seen = codes.stream().anyMatch(code -> !report.upstreamStatuses.getOrDefault(code, Map.of()).isEmpty());
            }
            for (LogReport.ErrorReport e : report.errors) {
                if (seen) {
                    break;
                }
                if (codes.contains(e.code().code())) {
                    seen = e.reasons().stream().anyMatch(r -> carries(r.getKey(), reasons));
                }
            }
            if (seen) {
                found.add(text(registry, id, lang));
            }
        }
    }

    /**
     * Whether a reason token holds one of the reasons: Envoy writes flags comma-separated ({@code UF,URX}); HAProxy
     * writes a termination state padded with dashes ({@code sH--}), of which the first two characters are meant.
     */
    static boolean carries(String token, List<String> reasons) {
        for (String part : token.split(",")) {
            String p = part.strip();
            int end = p.length();
            while (end > 0 && p.charAt(end - 1) == '-') {
                end--;
            }
            String core = p.substring(0, end);
            for (String reason : reasons) {
                if (core.equals(reason) || core.length() > reason.length() && core.startsWith(reason)
                        && reason.length() == 2 && p.length() == 4) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the log has any of the codes the pattern counts (the knowledge base lists them). */
    private static boolean anyCounted(LogReport report, Registry registry, String pattern) {
        return registry.patternCodes(pattern).stream().anyMatch(code -> report.count(code) > 0);
    }

    /**
     * At least 10 errors, more than half of them in the busiest tenth of the minutes that had any traffic (and that
     * tenth is a handful of minutes, not the whole log).
     */
    static boolean bursty(List<Long> perMinute, int activeMinutes) {
        if (activeMinutes < 10) {
            return false;
        }
        long total = perMinute.stream().mapToLong(Long::longValue).sum();
        if (total < 10) {
            return false;
        }
        int window = Math.max(1, activeMinutes / 10);
        long top = perMinute.stream().sorted((a, b) -> Long.compare(b, a)).limit(window)
                .mapToLong(Long::longValue).sum();
        return top * 2 > total;
    }

    /** The pattern's message from the knowledge base, with its figures filled in. */
    private static String text(Registry registry, String id, Lang lang, Object... figures) {
        return UiText.fill(registry.pattern(id).name().in(lang), figures);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}

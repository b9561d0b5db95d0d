package dev.httpcodes.core;

import java.util.List;

/**
 * What a log format's own evidence field says about who made a response, as the knowledge base lists it: the proxy,
 * load balancer or CDN itself, or the upstream (origin) whose answer it passed on. A value in none of the lists
 * leaves the producer unknown.
 *
 * @param format        the log format's id ({@code cloudfront}, {@code google-lb}, {@code frontdoor})
 * @param field         the field the values come from ({@code x-edge-detailed-result-type})
 * @param upstream      values meaning the upstream's answer was passed on
 * @param proxy         values meaning the proxy answered by itself
 * @param proxyPrefixes starts of values meaning the proxy answered by itself ({@code Origin…} errors)
 * @param cacheHits     cache statuses meaning a stored upstream answer was sent
 */
public record ProducerEvidence(String format, String field, List<String> upstream, List<String> proxy,
        List<String> proxyPrefixes, List<String> cacheHits) {
    public ProducerEvidence {
        upstream = List.copyOf(upstream);
        proxy = List.copyOf(proxy);
        proxyPrefixes = List.copyOf(proxyPrefixes);
        cacheHits = List.copyOf(cacheHits);
    }
}

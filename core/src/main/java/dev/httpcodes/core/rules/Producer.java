package dev.httpcodes.core.rules;

import java.util.List;
import java.util.Optional;

/**
 * A server, proxy, CDN or framework that leaves recognisable traces in the responses it makes or passes on.
 *
 * @param id      stable id
 * @param name    the product's name
 * @param vendor  its vendor id in the taxonomy, when the registry has codes of that vendor
 * @param layer   {@code cdn}, {@code load-balancer}, {@code proxy}, {@code cache}, {@code web-server},
 *                {@code application-server}, {@code application} or {@code platform}
 * @param signals its traces
 */
public record Producer(String id, String name, Optional<String> vendor, String layer, List<Signal> signals) {
}

/**
 * Build-time compiler for the guides in {@code knowledge/guides/}: the "which status code should I use?" decision
 * flow and the hand-written distinctions between pairs of codes. Each file is checked against its JSON Schema and
 * against the rules a schema cannot state (every question reachable exactly once, every code an entry), with the
 * file and line of each problem, then written into a resource beside the registry's for the core to read.
 */
package dev.httpcodes.knowledge.guide;

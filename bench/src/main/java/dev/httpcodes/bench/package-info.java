/**
 * JMH benchmarks of the core library. Each benchmark class has a baseline measured in the same run, so results
 * are read as ratios: registry load against reading the same resource's bytes, lookups against a {@code HashMap}
 * get, search against a plain substring scan of the same texts.
 */
package dev.httpcodes.bench;

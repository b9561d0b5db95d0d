/**
 * The guides compiled from {@code knowledge/guides/}: the decision flow "which status code should I use?"
 * ({@link dev.httpcodes.core.guide.DecisionFlow}) and the hand-written distinctions between codes that are often
 * confused ({@link dev.httpcodes.core.guide.Comparison}). Get them with {@link dev.httpcodes.core.guide.Guides#standard()}.
 */
package dev.httpcodes.core.guide;

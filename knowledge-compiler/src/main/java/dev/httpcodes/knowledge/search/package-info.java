/**
 * Build-time compiler for {@code knowledge/search/}: the synonyms that tell search which codes people mean by the
 * words they type ({@code 限流}, {@code timeout}). Checked against its schema and the entry ids, then written into a
 * resource beside the registry's for the core's search to read.
 */
package dev.httpcodes.knowledge.search;

/**
 * Build-time compiler for the knowledge base: reads {@code knowledge/*.yaml}, validates every file against
 * {@code knowledge/schema.json} and against the cross-file rules (unique ids, known vendors and stacks, related ids
 * that exist), then writes the compact binary resource and the generated {@code HttpStatus} constants that
 * {@code httpcodes-core} ships. Nothing here runs in production: the core reads the resource without any parser.
 */
package dev.httpcodes.knowledge;

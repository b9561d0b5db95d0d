/**
 * The {@code httpcodes} command line: look up, list, search and explain status codes, in Chinese or English, as
 * text or JSON. {@link dev.httpcodes.cli.Main} only calls {@link dev.httpcodes.cli.Cli#run}; a plain lookup
 * ({@code httpcodes 404}) is answered by {@link dev.httpcodes.cli.QuickShow} without building the picocli model, so
 * a cold start stays close to a bare JVM's, and tests prove both paths print the same.
 */
package dev.httpcodes.cli;

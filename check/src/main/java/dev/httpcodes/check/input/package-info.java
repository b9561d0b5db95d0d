/** Offline input: HAR files and saved {@code curl -i} / {@code curl -v} transcripts, read into chains. */
package dev.httpcodes.check.input;

package dev.httpcodes.core;

/** A citation: an RFC section or a vendor's documentation page. */
public record Reference(String label, String url) {
}

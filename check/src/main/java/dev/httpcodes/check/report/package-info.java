/** The report of a check: one model, rendered as coloured terminal text (server text escaped) or as JSON. */
package dev.httpcodes.check.report;

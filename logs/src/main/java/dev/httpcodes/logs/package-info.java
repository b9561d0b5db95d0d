/**
 * The access-log analyzer behind {@code httpcodes logs}: a parser per format (combined and common, IIS W3C, JSON
 * lines, any nginx {@code log_format}), format detection, parallel aggregation in bounded memory, and reports
 * (terminal, JSON, one self-contained HTML file) that explain the codes with the knowledge base.
 */
package dev.httpcodes.logs;

/**
 * The inline markup of knowledge texts (code in backticks): how to split a text into prose and code, and how to
 * read it as plain text. Showing it (HTML, a terminal) is up to each face.
 */
package dev.httpcodes.core.markup;

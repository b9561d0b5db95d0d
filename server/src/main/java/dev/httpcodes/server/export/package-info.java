/**
 * The static export ({@code httpcodes site}): every page of the reference in both languages, the assets, robots.txt,
 * sitemap.xml and a client-side search index, written as plain files (directories holding {@code index.html}) that
 * any static host serves without rules. Rendered by the same page code as the live server.
 */
package dev.httpcodes.server.export;

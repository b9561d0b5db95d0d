/**
 * The reference's addresses and what search engines read: the language-prefixed URL scheme, canonical and
 * alternate links, meta description, Open Graph, JSON-LD, robots.txt and sitemap.xml. Shared by the live server and
 * the static export, so both publish the same pages under their own base URL.
 */
package dev.httpcodes.server.site;

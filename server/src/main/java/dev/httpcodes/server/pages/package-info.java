/** The HTML reference: home grid, entry pages, search, compare, the "which code" guide, and their static assets. */
package dev.httpcodes.server.pages;

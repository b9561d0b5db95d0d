/**
 * The words around the knowledge that the CLI, the web pages and the log reports show, in Chinese and English, and
 * the HTML escaping the web pages and HTML reports share. Kept out of the core library, which holds only facts about
 * status codes.
 */
package dev.httpcodes.ui;

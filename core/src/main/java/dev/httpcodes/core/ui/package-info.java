/** The words of httpcodes' user interfaces in Chinese and English, shared by the CLI and the web pages. */
package dev.httpcodes.core.ui;

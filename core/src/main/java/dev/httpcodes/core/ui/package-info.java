/**
 * The words of httpcodes' user interfaces in Chinese and English, and the helpers both faces use to show knowledge
 * texts: HTML escaping and the inline code markup ({@link dev.httpcodes.core.ui.CodeSpans}).
 */
package dev.httpcodes.core.ui;

/**
 * Ranked search over the registry in both languages: exact code first, then phrase, then title and keywords, then
 * descriptive text; tolerant of case, spacing and small typos ({@code not foud}), and of Chinese written without
 * spaces ({@code 网关超时}, {@code 超时}).
 */
package dev.httpcodes.core.search;
